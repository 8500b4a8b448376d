package nl.zgw.catalogi.domain;

import jakarta.persistence.*;

/** A version of an INFORMATIEOBJECTTYPE; versions share {@code omschrijving} within a catalogus. */
@Entity
@Table(name = "informatieobjecttype")
public class Informatieobjecttype extends VersionedType {

    @Column(nullable = false, length = 80)
    public String omschrijving;
}
