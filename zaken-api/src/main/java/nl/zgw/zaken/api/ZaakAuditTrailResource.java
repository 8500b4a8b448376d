package nl.zgw.zaken.api;

import jakarta.ws.rs.Path;
import nl.zgw.common.audit.AuditTrail;
import nl.zgw.common.audit.AuditTrailResource;
import nl.zgw.common.http.PublicUrls;
import nl.zgw.common.security.autorisaties.Scopes;
import nl.zgw.zaken.config.ZakenApi;
import nl.zgw.zaken.service.ZaakToegang;

import java.util.UUID;

/**
 * /zaken/{zaak_uuid}/audittrail and /{uuid} (standard §1.7): every write on the zaak and its sub-resources, oldest
 * first; 404 for an unknown zaak, 403 when the caller may not read audit trails of its zaaktype and level.
 */
@Path(ZakenApi.ROOT + "/zaken/{hoofdObjectUuid}/audittrail")
public class ZaakAuditTrailResource extends AuditTrailResource {

    private final ZaakToegang toegang;

    public ZaakAuditTrailResource(AuditTrail trail, PublicUrls urls, ZaakToegang toegang) {
        super(trail, urls, ZakenApi.ZAKEN);
        this.toegang = toegang;
    }

    @Override
    protected void magLezen(UUID zaak) {
        toegang.zaak(zaak, Scopes.AUDITTRAILS_LEZEN);
    }
}
