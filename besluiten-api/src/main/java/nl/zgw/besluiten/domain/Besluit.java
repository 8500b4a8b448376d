package nl.zgw.besluiten.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.zgw.common.persistence.IdentifiedEntity;

import java.time.LocalDate;

/** A BESLUIT: the formal decision, of a besluittype, optionally the outcome of a zaak (both URLs, as stored). */
@Entity
@Table(name = "besluit")
public class Besluit extends IdentifiedEntity {

    @Column(nullable = false)
    public String identificatie;

    @Column(name = "verantwoordelijke_organisatie", nullable = false)
    public String verantwoordelijkeOrganisatie;

    /** The besluittype's URL, as autorisaties name it. */
    @Column(nullable = false)
    public String besluittype;

    public String zaak;

    @Column(nullable = false)
    public LocalDate datum;

    @Column(nullable = false)
    public String toelichting = "";

    @Column(nullable = false)
    public String bestuursorgaan = "";

    @Column(nullable = false)
    public LocalDate ingangsdatum;

    public LocalDate vervaldatum;

    @Column(nullable = false)
    public String vervalreden = "";

    public LocalDate publicatiedatum;

    public LocalDate verzenddatum;

    @Column(name = "uiterlijke_reactiedatum")
    public LocalDate uiterlijkeReactiedatum;
}
