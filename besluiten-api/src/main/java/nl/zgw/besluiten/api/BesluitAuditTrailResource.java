package nl.zgw.besluiten.api;

import jakarta.ws.rs.Path;
import nl.zgw.besluiten.service.BesluitService;
import nl.zgw.common.audit.AuditTrail;
import nl.zgw.common.audit.AuditTrailResource;
import nl.zgw.common.http.PublicUrls;
import nl.zgw.common.security.autorisaties.Scopes;

import java.util.UUID;

import static nl.zgw.besluiten.api.BesluitenApi.ROOT;

/** /besluiten/{uuid}/audittrail[/{uuid}]: the besluit's own autorisatie (its besluittype) applies. */
@Path(ROOT + "/besluiten/{hoofdObjectUuid}/audittrail")
public class BesluitAuditTrailResource extends AuditTrailResource {

    private final BesluitService besluiten;

    public BesluitAuditTrailResource(AuditTrail trail, PublicUrls urls, BesluitService besluiten) {
        super(trail, urls, BesluitenApi.BESLUITEN);
        this.besluiten = besluiten;
    }

    @Override
    protected void magLezen(UUID besluit) {
        besluiten.require(besluit, Scopes.AUDITTRAILS_LEZEN);
    }
}
