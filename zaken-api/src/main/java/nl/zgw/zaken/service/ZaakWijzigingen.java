package nl.zgw.zaken.service;

import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.common.audit.Wijziging;
import nl.zgw.common.audit.Wijzigingen;
import nl.zgw.common.http.PublicUrls;
import nl.zgw.zaken.config.ZakenApi;
import nl.zgw.zaken.config.ZakenKanaal;
import nl.zgw.zaken.domain.Zaak;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Audit trail entry and notification of a write on kanaal {@code zaken}, in the write's transaction
 * ({@link Wijzigingen#record} is MANDATORY): the zaak is the hoofdObject, its kenmerken (bronorganisatie, zaaktype,
 * vertrouwelijkheidaanduiding) are read from it. For sub-resources:
 * <pre>
 * zaakWijzigingen.record(zaak, "status", statusUrl, "create", null, statusJson, "status " + volgnummer);
 * </pre>
 */
@ApplicationScoped
public class ZaakWijzigingen {

    private final Wijzigingen wijzigingen;
    private final PublicUrls urls;

    public ZaakWijzigingen(Wijzigingen wijzigingen, PublicUrls urls) {
        this.wijzigingen = wijzigingen;
        this.urls = urls;
    }

    /** The public URL of a zaak. */
    public String url(Zaak zaak) {
        return urls.resource(ZakenApi.ZAKEN, zaak.uuid);
    }

    /** The zaak's kenmerken as the kanaal reads them. */
    public static Map<String, String> kenmerken(Zaak zaak) {
        Map<String, String> k = new LinkedHashMap<>();
        k.put("bronorganisatie", zaak.bronorganisatie);
        k.put("zaaktype", zaak.zaaktype);
        k.put("vertrouwelijkheidaanduiding", zaak.vertrouwelijkheidaanduiding);
        return k;
    }

    /**
     * A write of a sub-resource of {@code zaak}: notified (resource, actie, resourceUrl, hoofdObject = zaak URL,
     * the zaak's kenmerken) and audited in the zaak's audit trail.
     *
     * @param oud  the representation before (null for create)
     * @param nieuw the representation after (null for destroy)
     */
    public void record(Zaak zaak, String resource, String resourceUrl, String actie, Object oud, Object nieuw,
                       String weergave) {
        wijzigingen.record(Wijziging.op(ZakenKanaal.NAAM, actie).resource(resource, resourceUrl)
                .hoofdObject(url(zaak), kenmerken(zaak)).oud(oud).nieuw(nieuw).audit(weergave));
    }

    /** The same, built by the caller (e.g. a custom resultaat); the hoofdObject is set here. */
    public void record(Zaak zaak, Wijziging wijziging) {
        wijzigingen.record(wijziging.hoofdObject(url(zaak), kenmerken(zaak)));
    }
}
