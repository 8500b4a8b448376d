package nl.zgw.documenten.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import nl.zgw.common.audit.AuditTrail;
import nl.zgw.common.audit.Wijziging;
import nl.zgw.common.audit.Wijzigingen;
import nl.zgw.common.problem.InvalidParam;
import nl.zgw.common.problem.ZgwException;
import nl.zgw.common.refs.CatalogiViews;
import nl.zgw.common.refs.ReferenceRule;
import nl.zgw.common.refs.ReferenceValidator;
import nl.zgw.common.request.BodyReader;
import nl.zgw.common.request.PatchMerger;
import nl.zgw.common.security.autorisaties.Autorisaties;
import nl.zgw.common.security.autorisaties.Scopes;
import nl.zgw.common.security.autorisaties.Vertrouwelijkheidaanduiding;
import nl.zgw.common.validation.ValidationErrors;
import nl.zgw.documenten.api.EioRepresentation;
import nl.zgw.documenten.api.EioRequest;
import nl.zgw.documenten.config.DocumentenConfig;
import nl.zgw.documenten.config.Kanalen;
import nl.zgw.documenten.content.ContentStore.StoredContent;
import nl.zgw.documenten.content.ContentStores;
import nl.zgw.documenten.domain.Bestandsdeel;
import nl.zgw.documenten.domain.EioVersie;
import nl.zgw.documenten.domain.EnkelvoudigInformatieObject;
import nl.zgw.documenten.domain.Gebruiksrecht;
import nl.zgw.documenten.domain.ObjectInformatieObject;
import nl.zgw.documenten.domain.Verzending;
import nl.zgw.documenten.domain.rules.Bestandsomvang;
import nl.zgw.documenten.domain.rules.Gebruiksrechtindicatie;
import nl.zgw.documenten.domain.rules.GeenRelaties;
import nl.zgw.documenten.domain.rules.Lock;
import nl.zgw.documenten.domain.rules.OntvangstdatumStatus;
import nl.zgw.documenten.persistence.DocumentRepository;
import org.jboss.logging.Logger;

/**
 * The use cases of enkelvoudiginformatieobjecten: create, update (PUT/PATCH, each a new versie), delete, lock,
 * unlock (completing an upload in parts) and the bestandsdelen. Content arrives already stored (content first,
 * metadata second); this class decides whether the metadata is accepted.
 */
@RequestScoped
public class EioService {

    private static final Logger LOG = Logger.getLogger(EioService.class);

    private final DocumentRepository documents;
    private final EioRepresentation representation;
    private final ReferenceValidator references;
    private final Autorisaties autorisaties;
    private final Wijzigingen wijzigingen;
    private final AuditTrail auditTrail;
    private final BodyReader reader;
    private final PatchMerger patches;
    private final ObjectMapper mapper;
    private final ContentStores stores;
    private final DocumentenConfig config;
    private final nl.zgw.common.config.ZgwApiConfig apiConfig;

    public EioService(DocumentRepository documents, EioRepresentation representation, ReferenceValidator references,
                      Autorisaties autorisaties, Wijzigingen wijzigingen, AuditTrail auditTrail, BodyReader reader,
                      PatchMerger patches, ObjectMapper mapper, ContentStores stores, DocumentenConfig config,
                      nl.zgw.common.config.ZgwApiConfig apiConfig) {
        this.apiConfig = apiConfig;
        this.documents = documents;
        this.representation = representation;
        this.references = references;
        this.autorisaties = autorisaties;
        this.wijzigingen = wijzigingen;
        this.auditTrail = auditTrail;
        this.reader = reader;
        this.patches = patches;
        this.mapper = mapper;
        this.stores = stores;
        this.config = config;
    }

    /** The result of a write: the new version and, for a create, the lock to hand out ("" when none). */
    public record Written(EioVersie versie, String lock) {
    }

    // ---------------------------------------------------------------- reads

    /** The latest version (or the one asked for), 404 unknown, 403 not authorised for its type and level. */
    public EioVersie read(UUID uuid, Integer versie, OffsetDateTime registratieOp, String scope) {
        EioVersie latest = documents.latest(uuid).orElseThrow(ZgwException::notFound);
        authorise(scope, latest);
        EioVersie v = latest;
        if (versie != null) {
            v = documents.versie(uuid, versie).orElseThrow(ZgwException::notFound);
        } else if (registratieOp != null) {
            v = documents.registratieOp(uuid, registratieOp).orElseThrow(ZgwException::notFound);
        }
        if (v != latest) {
            authorise(scope, v);
        }
        return v;
    }

    private void authorise(String scope, EioVersie v) {
        autorisaties.require(scope, v.informatieobjecttype, Vertrouwelijkheidaanduiding.of(v.vertrouwelijkheidaanduiding));
        if (autorisaties.alleenIsGereedVoorPublicatie() && !Boolean.TRUE.equals(v.isGereedVoorPublicatie)) {
            throw ZgwException.permissionDenied();
        }
    }

    /** The latest version for a write with {@code scope} (404/403). */
    public EioVersie requireLatest(UUID uuid, String... scopes) {
        EioVersie v = documents.latest(uuid).orElseThrow(ZgwException::notFound);
        for (String scope : scopes) {
            if (autorisaties.mayAccess(scope, v.informatieobjecttype,
                    Vertrouwelijkheidaanduiding.of(v.vertrouwelijkheidaanduiding))) {
                return v;
            }
        }
        throw ZgwException.permissionDenied();
    }

    // ---------------------------------------------------------------- writes

    @Transactional
    public Written create(ObjectNode fields, StoredContent content, boolean inhoudSent) {
        EioRequest body = reader.read(fields, EioRequest.class);
        EnkelvoudigInformatieObject doc = new EnkelvoudigInformatieObject();
        doc.uuid = UUID.randomUUID();
        EioVersie v = new EioVersie();
        v.document = doc;
        v.versie = 1;
        fill(v, body, null, Scopes.Drc.AANMAKEN, false);
        contentOf(v, body, null, content, inhoudSent);
        documents.persist(doc);
        if (v.identificatie == null || v.identificatie.isEmpty()) {
            v.identificatie = "DOCUMENT-" + Year.now(ZoneOffset.UTC) + "-"
                    + String.format("%010d", documents.nextIdentificatieNumber());
        }
        startUploadIfAnnounced(doc, v, content, inhoudSent, true);
        v.persist();
        record(v, "create", null);
        return new Written(v, doc.lock == null ? "" : doc.lock);
    }

    @Transactional
    public Written update(UUID uuid, ObjectNode fields, StoredContent content, boolean inhoudSent) {
        EioVersie current = requireLatest(uuid, Scopes.Drc.BIJWERKEN, Scopes.Drc.GEFORCEERD_BIJWERKEN);
        EioRequest body = reader.read(fields, EioRequest.class);
        return newVersion(current, body, content, inhoudSent, fields.has("bestandsomvang"), "update");
    }

    @Transactional
    public Written patch(UUID uuid, ObjectNode patch, StoredContent content, boolean inhoudSent) {
        EioVersie current = requireLatest(uuid, Scopes.Drc.BIJWERKEN, Scopes.Drc.GEFORCEERD_BIJWERKEN);
        ObjectNode normalised = patches.normalised(patch, EioRequest.class);
        ObjectNode state = representation.request(current);
        state.remove("lock");
        EioRequest body = patches.merge(state, normalised, EioRequest.class);
        return newVersion(current, body, content, inhoudSent, normalised.has("bestandsomvang"), "partial_update");
    }

    private Written newVersion(EioVersie current, EioRequest body, StoredContent content, boolean inhoudSent,
                               boolean omvangSent, String actie) {
        EnkelvoudigInformatieObject doc = documents.byUuidForUpdate(current.document.uuid)
                .orElseThrow(ZgwException::notFound);
        // a PUT lacks a required field; a PATCH (partial, as the reference) goes to the lock rule under
        // nonFieldErrors: unlocked, or missing-lock-id for a locked document
        boolean geenLock = body.lock() == null || body.lock().isEmpty();
        if (geenLock && !actie.equals("partial_update")) {
            throw ZgwException.invalid("lock", "required", "Dit veld is vereist.");
        }
        if (geenLock && doc.lock != null) {
            throw ZgwException.invalid(List.of(InvalidParam.nonField(Lock.MISSING,
                    "Dit is een gelockt document; geef het lock-ID mee om het te wijzigen.")));
        }
        Lock.checkUpdate(doc.lock, body.lock()).ifPresent(e -> {
            throw ZgwException.invalid(List.of(e));
        });
        ObjectNode oud = representation.render(current);
        EioVersie v = new EioVersie();
        v.document = doc;
        v.versie = current.versie + 1;
        fill(v, body, doc, Scopes.Drc.BIJWERKEN, hasGebruiksrechten(doc));
        if (Boolean.TRUE.equals(current.indicatieGebruiksrecht) && body.indicatieGebruiksrecht() == null
                && hasGebruiksrechten(doc)) {
            v.indicatieGebruiksrecht = true;
        }
        contentOf(v, body, omvangSent ? null : current, content, inhoudSent);
        if (!inhoudSent && v.contentKey == null && current.contentKey != null
                && (v.bestandsomvang == null || v.bestandsomvang.equals(current.bestandsomvang))) {
            v.contentKey = current.contentKey;          // metadata-only update: the content stays
            v.sha256 = current.sha256;
            v.bestandsomvang = current.bestandsomvang;
        }
        if (v.identificatie == null || v.identificatie.isEmpty()) {
            v.identificatie = current.identificatie;
        }
        current.laatste = false;
        current.persistAndFlush();
        startUploadIfAnnounced(doc, v, content, inhoudSent, false);
        v.persist();
        record(v, actie, oud);
        return new Written(v, "");
    }

    private boolean hasGebruiksrechten(EnkelvoudigInformatieObject doc) {
        return doc != null && doc.id != null && Gebruiksrecht.count("document", doc) > 0;
    }

    /** Validates the body's rules and references (all failures in one 400) and copies it onto the version. */
    private void fill(EioVersie v, EioRequest body, EnkelvoudigInformatieObject doc, String scope,
                      boolean heeftGebruiksrechten) {
        ValidationErrors errors = new ValidationErrors();
        AtomicReference<CatalogiViews.Informatieobjecttype> type = new AtomicReference<>();
        errors.run(() -> type.set(references.require("informatieobjecttype", body.informatieobjecttype(),
                CatalogiViews.INFORMATIEOBJECTTYPE, ReferenceRule.published())));                 // drc-001
        OntvangstdatumStatus.check(body.ontvangstdatum(), body.status()).ifPresent(errors::add);  // drc-005
        Gebruiksrechtindicatie.check(body.indicatieGebruiksrecht(), heeftGebruiksrechten)         // drc-006
                .ifPresent(errors::add);
        if (body.identificatie() != null && !body.identificatie().isEmpty()
                && documents.identificatieTaken(body.bronorganisatie(), body.identificatie(),
                doc == null ? null : doc.id)) {
            errors.add("identificatie", "identificatie-niet-uniek",
                    "Deze identificatie bestaat al voor deze bronorganisatie");
        }
        errors.throwIfAny();
        String level = body.vertrouwelijkheidaanduiding() != null && !body.vertrouwelijkheidaanduiding().isEmpty()
                ? body.vertrouwelijkheidaanduiding() : type.get().vertrouwelijkheidaanduiding();   // drc-007
        if (level == null || level.isEmpty()) {
            level = Vertrouwelijkheidaanduiding.OPENBAAR.value();
        }
        autorisaties.require(scope, body.informatieobjecttype(), Vertrouwelijkheidaanduiding.of(level));
        v.laatste = true;
        v.beginRegistratie = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        v.identificatie = body.identificatie();
        v.bronorganisatie = body.bronorganisatie();
        v.informatieobjecttype = body.informatieobjecttype();
        v.vertrouwelijkheidaanduiding = level;
        v.titel = body.titel();
        v.auteur = body.auteur();
        v.creatiedatum = body.creatiedatum();
        v.status = body.status() == null || body.status().isEmpty() ? null : body.status();
        v.isGereedVoorPublicatie = body.isGereedVoorPublicatie();
        v.indicatieGebruiksrecht = body.indicatieGebruiksrecht();
        List<String> trefwoorden = body.trefwoorden() == null ? List.of() : body.trefwoorden();
        v.trefwoorden = trefwoorden.isEmpty() ? "" : "," + String.join(",", trefwoorden) + ",";
        ObjectNode data = mapper.valueToTree(body);
        for (String column : List.of("identificatie", "bronorganisatie", "informatieobjecttype",
                "vertrouwelijkheidaanduiding", "titel", "auteur", "creatiedatum", "status", "isGereedVoorPublicatie",
                "indicatieGebruiksrecht", "bestandsomvang", "lock")) {
            data.remove(column);
        }
        v.data = data;
    }

    /** The version's content from the stored inhoud (file-size checked) or its announced size. */
    private void contentOf(EioVersie v, EioRequest body, EioVersie previous, StoredContent content,
                           boolean inhoudSent) {
        if (inhoudSent && content != null) {
            Bestandsomvang.check("bestandsomvang", body.bestandsomvang(), content.size()).ifPresent(e -> {
                throw ZgwException.invalid(List.of(e));
            });
            v.contentKey = content.key();
            v.bestandsomvang = content.size();
            v.sha256 = content.sha256();
            return;
        }
        v.bestandsomvang = body.bestandsomvang() != null ? body.bestandsomvang()
                : previous == null ? null : previous.bestandsomvang;
        if (v.bestandsomvang != null && v.bestandsomvang < 0) {
            throw ZgwException.invalid("bestandsomvang", "min_value", "Zorg ervoor dat deze waarde groter of gelijk"
                    + " is aan 0.");
        }
    }

    /** bestandsomvang &gt; 0 without inhoud: the document is locked and its parts are announced. */
    private void startUploadIfAnnounced(EnkelvoudigInformatieObject doc, EioVersie v, StoredContent content,
                                        boolean inhoudSent, boolean create) {
        if (inhoudSent || v.contentKey != null || v.bestandsomvang == null || v.bestandsomvang == 0) {
            return;
        }
        try {
            if (doc.uploadId != null) {
                stores.current().abortUpload(doc.uploadId);
                Bestandsdeel.delete("document", doc);
            }
            doc.uploadId = stores.current().startUpload();
        } catch (IOException e) {
            LOG.errorf("starting an upload in parts failed: %s", e.getMessage());
            throw nl.zgw.documenten.api.EioBodyParser.unavailable();
        }
        doc.uploadOmvang = v.bestandsomvang;
        if (create) {
            doc.lock = Lock.newId();
        }
        long chunk = config.chunkSize();
        long remaining = v.bestandsomvang;
        int volgnummer = 1;
        while (remaining > 0) {
            Bestandsdeel b = new Bestandsdeel();
            b.uuid = UUID.randomUUID();
            b.document = doc;
            b.volgnummer = volgnummer++;
            b.omvang = Math.min(chunk, remaining);
            remaining -= b.omvang;
            b.persist();
        }
    }

    @Transactional
    public void delete(UUID uuid) {
        EioVersie current = requireLatest(uuid, Scopes.Drc.VERWIJDEREN);
        EnkelvoudigInformatieObject doc = documents.byUuidForUpdate(uuid).orElseThrow(ZgwException::notFound);
        ValidationErrors errors = new ValidationErrors();
        GeenRelaties.check(ObjectInformatieObject.count("document", doc)).ifPresent(errors::add);   // drc-008
        if (doc.lock != null) {
            errors.nonField(Lock.DESTROY_LOCKED, "Vergrendelde objecten kunnen niet verwijderd worden.");
        }
        errors.throwIfAny();
        ObjectNode oud = representation.render(current);
        Set<String> keys = new LinkedHashSet<>();
        for (EioVersie v : documents.versions(doc)) {
            if (v.contentKey != null) {
                keys.add(v.contentKey);
            }
        }
        String upload = doc.uploadId;
        wijzigingen.record(Wijziging.op(Kanalen.DOCUMENTEN, "destroy")
                .resource("enkelvoudiginformatieobject", oud.get("url").asText()).oud(oud));
        auditTrail.deleteForHoofdObject(oud.get("url").asText());
        documents.flush();
        // one statement: versions, bestandsdelen, gebruiksrechten and verzendingen go with it (ON DELETE CASCADE)
        documents.delete("id", doc.id);
        removeAfterCommit(keys, upload);
    }

    /** Content of a deleted document goes once the delete committed; what fails here the sweeper removes later. */
    private void removeAfterCommit(Set<String> keys, String upload) {
        jakarta.transaction.TransactionSynchronizationRegistry registry = io.quarkus.arc.Arc.container()
                .instance(jakarta.transaction.TransactionSynchronizationRegistry.class).get();
        registry.registerInterposedSynchronization(new jakarta.transaction.Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status != jakarta.transaction.Status.STATUS_COMMITTED) {
                    return;
                }
                try {
                    for (String k : keys) {
                        stores.current().delete(k);
                    }
                    if (upload != null) {
                        stores.current().abortUpload(upload);
                    }
                } catch (IOException | RuntimeException e) {
                    LOG.warnf("content of a deleted document not removed (the sweeper will): %s", e.getMessage());
                }
            }
        });
    }

    // ---------------------------------------------------------------- lock, unlock, parts

    @Transactional
    public String lock(UUID uuid) {
        requireLatest(uuid, Scopes.Drc.LOCK);
        EnkelvoudigInformatieObject doc = documents.byUuidForUpdate(uuid).orElseThrow(ZgwException::notFound);
        if (doc.lock != null) {
            throw ZgwException.invalid(List.of(InvalidParam.nonField(Lock.EXISTING, "Het document is al gelockt.")));
        }
        doc.lock = Lock.newId();
        return doc.lock;
    }

    /**
     * The join of a large upload runs in this transaction (the document row stays locked meanwhile), so it gets its
     * own timeout ({@code zgw.documenten.unlock-transaction-timeout}, seconds; an hour by default) instead of the
     * 60 s every other request has: several GB joined and hashed on slow object storage must not roll back.
     */
    @Transactional
    @io.quarkus.narayana.jta.runtime.TransactionConfiguration(timeout = 3600,
            timeoutFromConfigProperty = "zgw.documenten.unlock-transaction-timeout")
    public void unlock(UUID uuid, JsonNode body) {
        EioVersie current = requireLatest(uuid, Scopes.Drc.LOCK, Scopes.Drc.GEFORCEERD_UNLOCK);
        String given = body != null && body.path("lock").isTextual() ? body.get("lock").asText() : null;
        if (body != null && body.has("lock") && !body.get("lock").isTextual() && !body.get("lock").isNull()) {
            throw ZgwException.invalid("lock", "invalid", "Geen geldige string.");
        }
        EnkelvoudigInformatieObject doc = documents.byUuidForUpdate(uuid).orElseThrow(ZgwException::notFound);
        boolean geforceerd = autorisaties.mayAccess(Scopes.Drc.GEFORCEERD_UNLOCK, current.informatieobjecttype,
                Vertrouwelijkheidaanduiding.of(current.vertrouwelijkheidaanduiding));
        if (!geforceerd) {
            if (given == null || given.isEmpty()) {
                throw ZgwException.invalid(List.of(InvalidParam.nonField(Lock.MISSING, "Lock id is not provided")));
            }
            if (doc.lock == null || !Lock.constantTimeEquals(doc.lock, given)) {
                throw ZgwException.invalid(List.of(InvalidParam.nonField(Lock.INCORRECT,
                        "Incorrect lock ID is provided")));
            }
        }
        if (doc.uploadId != null) {
            complete(doc, current);
        }
        doc.lock = null;
    }

    /** Joins the parts of a pending upload into the latest version's content (incomplete-upload, file-size). */
    private void complete(EnkelvoudigInformatieObject doc, EioVersie latest) {
        List<Bestandsdeel> delen = documents.delen(doc);
        if (delen.stream().anyMatch(d -> !d.voltooid)) {
            throw ZgwException.invalid(List.of(InvalidParam.nonField("incomplete-upload",
                    "Alle bestandsdelen moeten geupload zijn")));
        }
        StoredContent content;
        try {
            content = stores.current().completeUpload(doc.uploadId, delen.size());
        } catch (IOException e) {
            LOG.errorf("joining the parts of upload %s failed: %s", doc.uploadId, e.getMessage());
            throw nl.zgw.documenten.api.EioBodyParser.unavailable();
        }
        if (doc.uploadOmvang != null && content.size() != doc.uploadOmvang) {
            throw ZgwException.invalid(List.of(InvalidParam.nonField(Bestandsomvang.CODE,
                    "De bestandsdelen samen zijn niet zo groot als aangekondigd.")));
        }
        latest.contentKey = content.key();
        latest.bestandsomvang = content.size();
        latest.sha256 = content.sha256();
        Bestandsdeel.delete("document", doc);
        doc.uploadId = null;
        doc.uploadOmvang = null;
    }

    /** PUT /bestandsdelen/{uuid}: stores one part under the document's lock; its size must be the announced one. */
    @Transactional
    public Bestandsdeel putDeel(UUID uuid, String lock, InputStream bytes, long size) {
        Bestandsdeel deel = documents.deel(uuid).orElseThrow(ZgwException::notFound);
        requireLatest(deel.document.uuid, Scopes.Drc.BIJWERKEN);
        EnkelvoudigInformatieObject doc = documents.byUuidForUpdate(deel.document.uuid)
                .orElseThrow(ZgwException::notFound);
        ValidationErrors errors = new ValidationErrors();
        if (lock == null || lock.isEmpty()) {
            errors.add("lock", "required", "Dit veld is vereist.");
        } else {
            Lock.checkUpdate(doc.lock, lock).ifPresent(errors::add);
        }
        if (bytes == null) {
            errors.add("inhoud", "required", "Er is geen bestand opgestuurd.");
        } else if (size != deel.omvang) {
            errors.add("inhoud", Bestandsomvang.CODE, "Het aangeleverde bestand heeft een afwijkende grootte ("
                    + size + " in plaats van " + deel.omvang + ").");
        }
        errors.throwIfAny();
        try {
            stores.current().putPart(doc.uploadId, deel.volgnummer, bytes, size);
        } catch (IOException e) {
            LOG.errorf("storing part %d of upload %s failed: %s", deel.volgnummer, doc.uploadId, e.getMessage());
            throw nl.zgw.documenten.api.EioBodyParser.unavailable();
        }
        deel.voltooid = true;
        return deel;
    }

    // ---------------------------------------------------------------- helpers for related resources

    /** A document of this API named by URL (field errors as DRF: does_not_exist). */
    public EioVersie byUrl(String field, String url, ValidationErrors errors) {
        UUID uuid = url == null ? null : nl.zgw.common.refs.ResourceUrl.uuidOf(url, apiConfig.root(),
                EioRepresentation.COLLECTION).orElse(null);
        EioVersie v = uuid == null ? null : documents.latest(uuid).orElse(null);
        if (v == null) {
            errors.add(field, "does_not_exist", "Ongeldige hyperlink - Object bestaat niet.");
        }
        return v;
    }

    /** drc-006: the indicatie follows the gebruiksrechten (true with any, null without), on the latest version. */
    public void gebruiksrechtenChanged(EnkelvoudigInformatieObject doc) {
        EioVersie latest = documents.latest(doc.uuid).orElseThrow(ZgwException::notFound);
        latest.indicatieGebruiksrecht = Gebruiksrecht.count("document", doc) > 0 ? Boolean.TRUE : null;
    }

    private void record(EioVersie v, String actie, ObjectNode oud) {
        ObjectNode nieuw = representation.render(v);
        wijzigingen.record(Wijziging.op(Kanalen.DOCUMENTEN, actie)
                .resource("enkelvoudiginformatieobject", nieuw.get("url").asText())
                .oud(oud).nieuw(nieuw).audit(v.identificatie));
    }

    static List<String> distinct(List<String> in) {
        return new ArrayList<>(new HashSet<>(in));
    }
}
