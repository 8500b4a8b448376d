package nl.zgw.documenten.service;

import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.UUID;
import nl.zgw.common.problem.ZgwException;
import nl.zgw.common.security.autorisaties.Scopes;
import nl.zgw.documenten.config.DocumentenConfig;
import nl.zgw.documenten.content.ContentStores;
import nl.zgw.documenten.domain.EioVersie;
import org.jboss.logging.Logger;

/**
 * The bytes of a versie. Every stored versie has its SHA-256; content up to
 * {@code zgw.documenten.verify-before-serving-max-size} is checked before its first byte is sent, larger content
 * while it streams (a mismatch found then breaks the response off, so the client never takes it for complete). A
 * mismatch is logged as an error, marks the versie {@code inhoud_corrupt} and from then on answers 409
 * {@code inhoud-corrupt} (README).
 */
@RequestScoped
public class Download {

    private static final Logger LOG = Logger.getLogger(Download.class);
    public static final String CORRUPT = "inhoud-corrupt";

    private final EioService documents;
    private final ContentStores stores;
    private final DocumentenConfig config;

    public Download(EioService documents, ContentStores stores, DocumentenConfig config) {
        this.documents = documents;
        this.stores = stores;
        this.config = config;
    }

    /** What to send: the versie's stored object and what the response headers need. */
    public record Content(Long versieId, String key, long size, String sha256, String formaat, String bestandsnaam,
                          boolean verifyWhileStreaming) {
    }

    @Transactional
    public Content find(UUID uuid, Integer versie, OffsetDateTime registratieOp) {
        EioVersie v = documents.read(uuid, versie, registratieOp, Scopes.Drc.LEZEN);
        if (v.contentKey == null) {
            throw ZgwException.notFound();
        }
        if (v.inhoudCorrupt) {
            throw corrupt();
        }
        String formaat = v.data.path("formaat").asText("");
        String naam = v.data.path("bestandsnaam").asText("");
        Content c = new Content(v.id, v.contentKey, v.bestandsomvang == null ? 0 : v.bestandsomvang, v.sha256,
                formaat, naam, v.bestandsomvang != null && v.bestandsomvang > config.verifyBeforeServingMaxSize());
        if (!c.verifyWhileStreaming() && c.sha256() != null) {
            verify(c);
        }
        return c;
    }

    private void verify(Content c) {
        MessageDigest sha = sha256();
        long size;
        try (InputStream in = new DigestInputStream(stores.current().open(c.key(), 0, -1), sha)) {
            size = in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            LOG.errorf("content %s of versie %d cannot be read: %s", c.key(), c.versieId(), e.getMessage());
            throw unavailable();
        }
        if (size != c.size() || !HexFormat.of().formatHex(sha.digest()).equals(c.sha256())) {
            markCorrupt(c);
            throw corrupt();
        }
    }

    /** Logs the mismatch and remembers it on the versie (own transaction: the read's is read-only in spirit). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void markCorrupt(Content c) {
        LOG.errorf("SHA-256 mismatch: stored content %s of eio_versie %d no longer matches %s; not served",
                c.key(), c.versieId(), c.sha256());
        EioVersie.update("inhoudCorrupt = true where id = ?1", c.versieId());
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ZgwException corrupt() {
        return ZgwException.conflict(CORRUPT, "De opgeslagen inhoud van deze versie komt niet meer overeen met"
                + " de bij opslag berekende SHA-256; de inhoud wordt niet geleverd.");
    }

    public static ZgwException unavailable() {
        return new ZgwException(503, "content-unavailable", "De inhoud is niet beschikbaar.",
                "De opslag van documentinhoud is niet bereikbaar.", java.util.List.of());
    }
}
