package nl.zgw.common.support;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.zgw.common.audit.AuditTrail;
import nl.zgw.common.audit.Wijziging;
import nl.zgw.common.audit.Wijzigingen;
import nl.zgw.common.http.PublicUrls;
import nl.zgw.common.problem.ZgwException;
import nl.zgw.common.security.autorisaties.RequiresScope;

import java.util.Map;
import java.util.UUID;

/** A main object with an audit trail, to exercise nl.zgw.common.audit over HTTP (its trail: {@link AuditedThingsAuditTrail}). */
@Path("/test/api/v1/audited/{uuid}")
@Produces(MediaType.APPLICATION_JSON)
public class AuditedThingsResource {

    private final AuditTrail auditTrail;
    private final PublicUrls urls;
    private final Wijzigingen wijzigingen;

    public AuditedThingsResource(AuditTrail auditTrail, PublicUrls urls, Wijzigingen wijzigingen) {
        this.auditTrail = auditTrail;
        this.urls = urls;
        this.wijzigingen = wijzigingen;
    }

    /** Records a create and an update of the thing; {@code fail=true} then fails the transaction. */
    @POST
    @Transactional
    @RequiresScope("zaken.aanmaken")
    public Map<String, String> change(@PathParam("uuid") UUID uuid, @QueryParam("fail") boolean fail) {
        String url = urls.resource("audited", uuid);
        auditTrail.record(new AuditTrail.Change("ZRC", "create", 201, url, "thing", url, "thing " + uuid,
                null, Map.of("naam", "een")));
        auditTrail.record(new AuditTrail.Change("ZRC", "partial_update", 200, url, "thing", url, "thing " + uuid,
                Map.of("naam", "een"), Map.of("naam", "twee")));
        if (fail) {
            throw ZgwException.invalid("naam", "invalid", "the change is refused after the audit was written");
        }
        return Map.of("url", url);
    }

    /**
     * Records one change through {@link Wijzigingen}: audited, notified on kanaal things with kenmerk soort read from
     * the main object; {@code fail=true} then fails the transaction after both were written.
     */
    @POST
    @Path("wijziging")
    @Transactional
    @RequiresScope("zaken.aanmaken")
    public Map<String, String> wijziging(@PathParam("uuid") UUID uuid, @QueryParam("fail") boolean fail) {
        String url = urls.resource("audited", uuid);
        String onderdeel = url + "/onderdelen/1";
        wijzigingen.record(Wijziging.op(TestKanaal.NAAM, "create").resource("onderdeel", onderdeel)
                .hoofdObject(url, Map.of("soort", "proef", "naam", "een")).nieuw(Map.of("naam", "onderdeel"))
                .audit("onderdeel 1"));
        if (fail) {
            throw ZgwException.invalid("naam", "invalid", "the change is refused after it was recorded");
        }
        return Map.of("url", onderdeel);
    }
}
