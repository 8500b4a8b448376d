package nl.zgw.catalogi.domain;

import jakarta.persistence.*;

/** ZAAKTYPE-INFORMATIEOBJECTTYPE: relates a zaaktype version to an IOT by its omschrijving. */
@Entity
@Table(name = "zaaktype_informatieobjecttype")
public class ZaaktypeInformatieobjecttype extends ZaaktypeOnderdeel {

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
