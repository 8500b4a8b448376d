package nl.zgw.documenten.domain;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One versie of a document (every update adds one; lists show the one with {@code laatste}). */
@Entity
@Table(name = "eio_versie")
public class EioVersie extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id")
    public EnkelvoudigInformatieObject document;

    @Column(nullable = false) public int versie;
    @Column(nullable = false) public boolean laatste;
    @Column(name = "begin_registratie", nullable = false) public OffsetDateTime beginRegistratie;
    @Column(nullable = false) public String identificatie;
    @Column(nullable = false) public String bronorganisatie;
    @Column(nullable = false) public String informatieobjecttype;
    @Column(nullable = false) public String vertrouwelijkheidaanduiding;
    @Column(nullable = false) public String titel;
    @Column(nullable = false) public String auteur;
    @Column(nullable = false) public LocalDate creatiedatum;
    public String status;
    @Column(name = "is_gereed_voor_publicatie") public Boolean isGereedVoorPublicatie;
    @Column(name = "indicatie_gebruiksrecht") public Boolean indicatieGebruiksrecht;
    /** The trefwoorden as {@code ,a,b,} (each enclosed in commas), for the contains-all filter. */
    @Column(nullable = false) public String trefwoorden = "";
    @Column(name = "content_key") public String contentKey;
    public Long bestandsomvang;
    public String sha256;
    @Column(name = "inhoud_corrupt", nullable = false) public boolean inhoudCorrupt;

    /** The descriptive attributes as the client wrote them (validated), request-shaped, without inhoud and lock. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "data", nullable = false, columnDefinition = "jsonb")
    public ObjectNode data;
}
