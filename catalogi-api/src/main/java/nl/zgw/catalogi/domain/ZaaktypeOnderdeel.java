package nl.zgw.catalogi.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

import java.util.UUID;

/**
 * What every type of one zaaktype version has (statustype, roltype, eigenschap, resultaattype, ZIOT,
 * zaakobjecttype): its identity and the zaaktype it belongs to (ztc-010 follows that zaaktype's concept flag).
 */
@MappedSuperclass
public abstract class ZaaktypeOnderdeel extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public UUID uuid;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "zaaktype_id", nullable = false)
    public Zaaktype zaaktype;
}
