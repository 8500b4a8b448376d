package nl.zgw.catalogi.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

import java.util.UUID;

/** Every resource of the catalogue: a database id for joins and the uuid of its URL. */
@MappedSuperclass
public abstract class CatalogiEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public UUID uuid;
}
