package nl.zgw.common.support;

import jakarta.ws.rs.Path;
import nl.zgw.common.audit.AuditTrail;
import nl.zgw.common.audit.AuditTrailResource;
import nl.zgw.common.http.PublicUrls;
import nl.zgw.common.problem.ZgwException;

import java.util.UUID;

/** The audit trail endpoints of the test main object, declared as a service declares them. */
@Path("/test/api/v1/audited/{hoofdObjectUuid}/audittrail")
public class AuditedThingsAuditTrail extends AuditTrailResource {

    /** A main object the hook refuses, as a service refuses one outside the caller's autorisaties. */
    public static final UUID VERBODEN = UUID.fromString("00000000-0000-0000-0000-00000000dead");

    public AuditedThingsAuditTrail(AuditTrail trail, PublicUrls urls) {
        super(trail, urls, "audited");
    }

    @Override
    protected void magLezen(UUID hoofdObject) {
        if (VERBODEN.equals(hoofdObject)) {
            throw ZgwException.permissionDenied();
        }
    }
}
