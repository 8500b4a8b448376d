package nl.zgw.catalogi.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

import java.util.UUID;

/** ZAAKTYPE-INFORMATIEOBJECTTYPE: relates a zaaktype version to an IOT by its omschrijving. */
@Entity
@Table(name = "zaaktype_informatieobjecttype")
public class ZaaktypeInformatieobjecttype extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public UUID uuid;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "zaaktype_id", nullable = false)
    public Zaaktype zaaktype;

    /** The informatieobjecttype omschrijving (version independent). */
    @Column(nullable = false, length = 100)
    public String informatieobjecttype;

    @Column(nullable = false)
    public int volgnummer;

    @Column(nullable = false, length = 10)
    public String richting;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "statustype_id")
    public Statustype statustype;

}
