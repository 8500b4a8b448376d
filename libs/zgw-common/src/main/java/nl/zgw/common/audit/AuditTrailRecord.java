package nl.zgw.common.audit;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One audit trail entry as the standard's {@code AuditTrail} resource has it (without its {@code url}). */
public record AuditTrailRecord(UUID uuid, String bron, String applicatieId, String applicatieWeergave,
                               String gebruikersId, String gebruikersWeergave, String actie, String actieWeergave,
                               int resultaat, String hoofdObject, String resource, String resourceUrl,
                               String toelichting, String resourceWeergave, OffsetDateTime aanmaakdatum,
                               Wijzigingen wijzigingen) {

    /** The full JSON of the resource before and after the change (null for create / destroy respectively). */
    public record Wijzigingen(JsonNode oud, JsonNode nieuw) {
    }
}
