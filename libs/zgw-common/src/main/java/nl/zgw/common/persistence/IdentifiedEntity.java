package nl.zgw.common.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.util.UUID;

/**
 * What every stored ZGW resource has: a database id (identity column, for joins and a stable list order) and the
 * uuid of its URL (unique). Maps the columns {@code id} and {@code uuid} the services' tables already have. A Panache
 * entity, so services may use its active-record methods or a {@code PanacheRepository}.
 */
@MappedSuperclass
public abstract class IdentifiedEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public UUID uuid;
}
