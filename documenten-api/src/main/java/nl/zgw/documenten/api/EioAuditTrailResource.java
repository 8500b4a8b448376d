package nl.zgw.documenten.api;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import java.util.UUID;
import nl.zgw.common.audit.AuditTrail;
import nl.zgw.common.audit.AuditTrailResource;
import nl.zgw.common.http.PublicUrls;
import nl.zgw.common.security.autorisaties.Scopes;
import nl.zgw.documenten.service.EioService;

/** GET /enkelvoudiginformatieobjecten/{uuid}/audittrail[/{uuid}]; the document's own autorisatie applies. */
@Path(EioResource.ROOT + "/enkelvoudiginformatieobjecten/{hoofdObjectUuid}/audittrail")
public class EioAuditTrailResource extends AuditTrailResource {

    private final EioService documents;

    public EioAuditTrailResource(AuditTrail trail, PublicUrls urls, EioService documents) {
        super(trail, urls, EioRepresentation.COLLECTION);
        this.documents = documents;
    }

    @Override
    @Transactional
    protected void magLezen(UUID document) {
        documents.requireLatest(document, Scopes.AUDITTRAILS_LEZEN);
    }
}
