package nl.zgw.zaken.service;

import jakarta.enterprise.context.RequestScoped;
import nl.zgw.common.config.ZgwApiConfig;
import nl.zgw.common.http.PublicUrls;
import nl.zgw.common.problem.ZgwException;
import nl.zgw.common.query.Where;
import nl.zgw.common.refs.ResourceUrl;
import nl.zgw.common.security.autorisaties.Autorisaties;
import nl.zgw.common.security.autorisaties.Scopes;
import nl.zgw.common.validation.ValidationErrors;
import nl.zgw.zaken.domain.Zaak;
import nl.zgw.zaken.persistence.ZaakRepository;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How the parts of a zaak this branch serves (rollen, zaakobjecten, klantcontacten, zaaknotities) reach their zaak:
 * the zaak of a body's URL, the scope checks against its zaaktype and vertrouwelijkheidaanduiding, zrc-007 for a
 * closed zaak, and the list predicate over the joined zaak (zrc-006), all in one place.
 */
@RequestScoped
public class ZaakDelen {

    public static final String NIET_GEVONDEN = "does_not_exist";
    public static final String GEEN_MATCH = "no_match";
    /** zrc-007: the code of the 403 for a change to a closed zaak without zaken.geforceerd-bijwerken. */
    public static final String GESLOTEN = "permission_denied";
    public static final String GESLOTEN_DETAIL = "You are not allowed to modify closed zaak data.";

    private final ZaakRepository zaken;
    private final Autorisaties autorisaties;
    private final ZgwApiConfig config;
    private final PublicUrls urls;

    public ZaakDelen(ZaakRepository zaken, Autorisaties autorisaties, ZgwApiConfig config, PublicUrls urls) {
        this.zaken = zaken;
        this.autorisaties = autorisaties;
        this.config = config;
        this.urls = urls;
    }

    /** The zaak a body names in {@code field}, or an error on that field (no_match, does_not_exist). */
    public Optional<Zaak> zaak(String field, String url, ValidationErrors errors) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        Optional<java.util.UUID> uuid = ResourceUrl.uuidOf(url, config.root(), "zaken");
        if (uuid.isEmpty()) {
            errors.add(field, GEEN_MATCH, "Ongeldige hyperlink - Geen URL match.");
            return Optional.empty();
        }
        Optional<Zaak> zaak = zaken.byUuid(uuid.get());
        if (zaak.isEmpty()) {
            errors.add(field, NIET_GEVONDEN, "Ongeldige hyperlink - Object bestaat niet.");
        }
        return zaak;
    }

    /** 403 unless the caller may read the zaak. */
    public void magLezen(Zaak zaak) {
        autorisaties.require(Scopes.Zrc.LEZEN, zaak.zaaktype, zaak.level());
    }

    /**
     * 403 unless the caller may change the zaak's data: zaken.bijwerken or zaken.geforceerd-bijwerken for its
     * zaaktype and level, and for a closed zaak only the latter (zrc-007).
     */
    public void magWijzigen(Zaak zaak) {
        boolean geforceerd = autorisaties.mayAccess(Scopes.Zrc.GEFORCEERD_BIJWERKEN, zaak.zaaktype, zaak.level());
        if (!geforceerd && !autorisaties.mayAccess(Scopes.Zrc.BIJWERKEN, zaak.zaaktype, zaak.level())) {
            throw ZgwException.permissionDenied();
        }
        if (zaak.isAfgesloten() && !geforceerd) {
            throw ZgwException.forbidden(GESLOTEN, GESLOTEN_DETAIL);
        }
    }

    /** zaken.bijwerken only (no geforceerd alternative; the zaaknotities of 1.7), zrc-007 for a closed zaak. */
    public void magBijwerken(Zaak zaak) {
        autorisaties.require(Scopes.Zrc.BIJWERKEN, zaak.zaaktype, zaak.level());
        if (zaak.isAfgesloten()
                && !autorisaties.mayAccess(Scopes.Zrc.GEFORCEERD_BIJWERKEN, zaak.zaaktype, zaak.level())) {
            throw ZgwException.forbidden(GESLOTEN, GESLOTEN_DETAIL);
        }
    }

    /** zrc-006 for a list of parts: only those whose zaak (joined as {@code zaakAlias}) the caller may read. */
    public Where zichtbaar(Where where, String zaakAlias) {
        return where.and(autorisaties.listFilter(Scopes.Zrc.LEZEN), zaakAlias + ".zaaktype",
                zaakAlias + ".vertrouwelijkheidaanduiding");
    }

    public String url(Zaak zaak) {
        return urls.resource("zaken", zaak.uuid);
    }

    /** What the kanaal's kenmerken are read from: the zaak's bronorganisatie, zaaktype and level. */
    public Map<String, Object> kenmerken(Zaak zaak) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("bronorganisatie", zaak.bronorganisatie);
        m.put("zaaktype", zaak.zaaktype);
        m.put("vertrouwelijkheidaanduiding", zaak.vertrouwelijkheidaanduiding);
        return m;
    }
}
