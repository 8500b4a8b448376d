package nl.zgw.common.audit;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.zgw.common.http.PublicUrls;
import nl.zgw.common.problem.ZgwException;
import nl.zgw.common.security.autorisaties.RequiresScope;
import nl.zgw.common.security.autorisaties.Scopes;

import java.util.List;
import java.util.UUID;

/**
 * {@code GET /{hoofdobjecten}/{uuid}/audittrail} (a plain array, oldest first) and
 * {@code GET /{hoofdobjecten}/{uuid}/audittrail/{uuid}} with scope {@code audittrails.lezen} (standard §1.7). A service
 * declares it for its main object with one small subclass:
 * <pre>
 * &#64;Path(ROOT + "/zaken/{hoofdObjectUuid}/audittrail")
 * public class ZaakAuditTrailResource extends AuditTrailResource {
 *     public ZaakAuditTrailResource(AuditTrail trail, PublicUrls urls) { super(trail, urls, "zaken"); }
 *     &#64;Override protected void magLezen(UUID zaak) { ... the autorisatie on the zaak itself ... }
 * }
 * </pre>
 * The records are those whose {@code hoofdObject} is the main object's URL as this service renders it.
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class AuditTrailResource {

    private final AuditTrail trail;
    private final PublicUrls urls;
    private final String collection;

    protected AuditTrailResource(AuditTrail trail, PublicUrls urls, String collection) {
        this.trail = trail;
        this.urls = urls;
        this.collection = collection;
    }

    @GET
    @RequiresScope(Scopes.AUDITTRAILS_LEZEN)
    public List<AuditTrailRecord> list(@PathParam("hoofdObjectUuid") UUID hoofdObject) {
        magLezen(hoofdObject);
        return trail.forHoofdObject(urls.resource(collection, hoofdObject));
    }

    @GET
    @Path("{uuid}")
    @RequiresScope(Scopes.AUDITTRAILS_LEZEN)
    public AuditTrailRecord read(@PathParam("hoofdObjectUuid") UUID hoofdObject, @PathParam("uuid") UUID uuid) {
        magLezen(hoofdObject);
        return trail.find(urls.resource(collection, hoofdObject), uuid).orElseThrow(ZgwException::notFound);
    }

    /**
     * Hook for the autorisatie on the main object (its type, its vertrouwelijkheidaanduiding): throw the 403 (or
     * 404) the service answers for the main object itself. By default only the scope is checked.
     */
    protected void magLezen(UUID hoofdObject) {
    }
}
