package nl.zgw.common.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import nl.zgw.common.config.ZgwApiConfig;
import nl.zgw.common.events.KanaalDefinitie;
import nl.zgw.common.events.Notificatie;
import nl.zgw.common.events.NotificatieOutbox;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * Records a write in one call, in the caller's transaction: the audit trail entry (when the change is audited) and
 * the outbox notification, so a write cannot do one and forget the other, and a rollback undoes both. The kenmerken
 * of the notification are those its {@link KanaalDefinitie} declares, read from the main object, never assembled
 * by the caller.
 */
@ApplicationScoped
public class Wijzigingen {

    private final AuditTrail auditTrail;
    private final NotificatieOutbox outbox;
    private final ObjectMapper mapper;
    private final Map<String, KanaalDefinitie> kanalen = new HashMap<>();
    private final String bron;

    public Wijzigingen(AuditTrail auditTrail, NotificatieOutbox outbox, ObjectMapper mapper,
                       Instance<KanaalDefinitie> kanalen, ZgwApiConfig config) {
        this.auditTrail = auditTrail;
        this.outbox = outbox;
        this.mapper = mapper;
        kanalen.forEach(k -> this.kanalen.put(k.naam(), k));
        this.bron = config.component();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Wijziging w) {
        if (w.resource == null || w.resourceUrl == null) {
            throw new IllegalArgumentException("A change names its resource and resourceUrl");
        }
        if (w.kanaal == null && !w.geaudit) {
            throw new IllegalArgumentException("A change is notified, audited or both");
        }
        if (w.geaudit) {
            auditTrail.record(new AuditTrail.Change(bron, w.actie, w.resultaatOfDefault(), w.hoofdObject,
                    w.resource, w.resourceUrl, w.resourceWeergave, w.oud, w.nieuw));
        }
        if (w.kanaal != null) {
            KanaalDefinitie kanaal = kanalen.get(w.kanaal);
            if (kanaal == null) {
                throw new IllegalStateException("Kanaal " + w.kanaal + " is not declared by a KanaalDefinitie bean");
            }
            Object gegevens = w.hoofdObjectGegevens != null ? w.hoofdObjectGegevens
                    : w.nieuw != null ? w.nieuw : w.oud;
            JsonNode hoofdObject = gegevens == null ? mapper.createObjectNode() : mapper.valueToTree(gegevens);
            outbox.enqueue(new Notificatie(kanaal.naam(), w.hoofdObject, w.resource, w.resourceUrl, w.actie,
                    OffsetDateTime.now(ZoneOffset.UTC), kanaal.kenmerken(hoofdObject)));
        }
    }
}
