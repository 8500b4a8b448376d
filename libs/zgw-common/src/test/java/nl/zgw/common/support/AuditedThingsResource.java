package nl.zgw.common.support;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.zgw.common.audit.AuditTrail;
import nl.zgw.common.audit.AuditTrailRecord;
import nl.zgw.common.http.PublicUrls;
import nl.zgw.common.problem.ZgwException;
import nl.zgw.common.security.autorisaties.RequiresScope;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A main object with an audit trail, to exercise nl.zgw.common.audit over HTTP. */
@Path("/test/api/v1/audited/{uuid}")
@Produces(MediaType.APPLICATION_JSON)
public class AuditedThingsResource {

    private final AuditTrail auditTrail;
    private final PublicUrls urls;

    public AuditedThingsResource(AuditTrail auditTrail, PublicUrls urls) {
        this.auditTrail = auditTrail;
        this.urls = urls;
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

    @GET
    @Path("audittrail")
    @RequiresScope("audittrails.lezen")
    public List<AuditTrailRecord> trail(@PathParam("uuid") UUID uuid) {
        return auditTrail.forHoofdObject(urls.resource("audited", uuid));
    }
}
