package nl.zgw.catalogi.domain;

import jakarta.persistence.*;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A version of a BESLUITTYPE; versions share {@code omschrijving}. Relations to IOTs are by omschrijving. */
@Entity
@Table(name = "besluittype")
public class Besluittype extends VersionedType {

    @Column(nullable = false, length = 80)
    public String omschrijving;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "informatieobjecttypen", nullable = false, columnDefinition = "text[]")
    public String[] informatieobjecttypen = new String[0];
}
