package nl.zgw.catalogi.domain;

import jakarta.persistence.*;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A version of a ZAAKTYPE; versions share {@code identificatie} (ztc-016: published ones never overlap). */
@Entity
@Table(name = "zaaktype")
public class Zaaktype extends VersionedType {

    @Column(nullable = false, length = 50)
    public String identificatie;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "trefwoorden", nullable = false, columnDefinition = "text[]")
    public String[] trefwoorden = new String[0];

    /** Besluittype omschrijvingen (the 1.3 history model relates by name). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "besluittypen", nullable = false, columnDefinition = "text[]")
    public String[] besluittypen = new String[0];

    /** Zaaktype identificaties. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "deelzaaktypen", nullable = false, columnDefinition = "text[]")
    public String[] deelzaaktypen = new String[0];

    @Column(name = "selectielijst_procestype", length = 200)
    public String selectielijstProcestype;
}
