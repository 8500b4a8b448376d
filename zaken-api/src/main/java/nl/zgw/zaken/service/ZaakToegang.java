package nl.zgw.zaken.service;

import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.common.problem.ZgwException;
import nl.zgw.common.query.Where;
import nl.zgw.common.refs.ResourceUrl;
import nl.zgw.common.security.autorisaties.Autorisaties;
import nl.zgw.common.security.autorisaties.Scopes;
import nl.zgw.common.security.autorisaties.TypeFilter;
import nl.zgw.common.validation.ValidationErrors;
import nl.zgw.zaken.config.ZakenApi;
import nl.zgw.zaken.domain.Zaak;
import nl.zgw.zaken.persistence.ZaakRepository;

import java.util.Optional;
import java.util.UUID;

/**
 * The one place a zaak is fetched for the current caller (zrc-006, zrc-007): by uuid or URL, 404 (or a 400 on the
 * field of a body) when absent, 403 when the caller's autorisaties (scope, zaaktype, maximum
 * vertrouwelijkheidaanduiding) do not cover it; plus the list predicate for sub-resources joined on their zaak.
 * <pre>
 * Zaak zaak = toegang.zaak(uuid, Scopes.Zrc.LEZEN);                         // GET /zaken/{uuid}/...
 * Zaak zaak = toegang.referentie("zaak", body.zaak(), Scopes.Zrc.AANMAKEN, errors); // a body's "zaak" URL
 * toegang.wijzigbaar(zaak);                                                  // zrc-007: closed? geforceerd-bijwerken
 * ListQuery.of(Status.class, "e").join("join e.zaak z").where(toegang.zichtbaar(where, "z", Scopes.Zrc.LEZEN))
 * </pre>
 */
@ApplicationScoped
public class ZaakToegang {

    /** The reason the reference implementation gives for a change of a closed zaak without the scope. */
    public static final String GESLOTEN = "You are not allowed to modify closed zaak data";
    public static final String DOES_NOT_EXIST = "does_not_exist";
    public static final String NO_MATCH = "no_match";

    private final ZaakRepository zaken;
    private final Autorisaties autorisaties;

    public ZaakToegang(ZaakRepository zaken, Autorisaties autorisaties) {
        this.zaken = zaken;
        this.autorisaties = autorisaties;
    }

    /** The zaak with this uuid for {@code scope}: 404 when absent, 403 when not authorised. */
    public Zaak zaak(UUID uuid, String scope) {
        Zaak zaak = zaken.byUuid(uuid).orElseThrow(ZgwException::notFound);
        require(zaak, scope);
        return zaak;
    }

    /** As {@link #zaak(UUID, String)}, for any of several scopes (e.g. bijwerken or geforceerd-bijwerken). */
    public Zaak zaak(UUID uuid, String... scopes) {
        Zaak zaak = zaken.byUuid(uuid).orElseThrow(ZgwException::notFound);
        for (String scope : scopes) {
            if (mag(zaak, scope)) {
                return zaak;
            }
        }
        throw ZgwException.permissionDenied();
    }

    /** The zaak a URL of this API names ({@code .../zaken/{uuid}}, whatever the host), if it exists. */
    public Optional<Zaak> vind(String url) {
        return uuidOf(url).flatMap(zaken::byUuid);
    }

    public static Optional<UUID> uuidOf(String url) {
        return url == null ? Optional.empty() : ResourceUrl.uuidOf(url, ZakenApi.ROOT, ZakenApi.ZAKEN);
    }

    /**
     * The zaak a body's field names: an unparsable URL is {@code no_match}, an absent zaak {@code does_not_exist}
     * (both on {@code field}, collected in {@code errors}, null returned); an existing zaak the caller may not use
     * with {@code scope} is a 403 at once.
     */
    public Zaak referentie(String field, String url, String scope, ValidationErrors errors) {
        Optional<UUID> uuid = uuidOf(url);
        if (uuid.isEmpty()) {
            errors.add(field, NO_MATCH, "Ongeldige hyperlink - Geen URL match.");
            return null;
        }
        Optional<Zaak> zaak = zaken.byUuid(uuid.get());
        if (zaak.isEmpty()) {
            errors.add(field, DOES_NOT_EXIST, "Ongeldige hyperlink - Object bestaat niet.");
            return null;
        }
        require(zaak.get(), scope);
        return zaak.get();
    }

    public boolean mag(Zaak zaak, String scope) {
        return autorisaties.mayAccess(scope, zaak.zaaktype, zaak.level());
    }

    /** 403 unless the caller has {@code scope} for this zaak's zaaktype up to its level. */
    public void require(Zaak zaak, String scope) {
        if (!mag(zaak, scope)) {
            throw ZgwException.permissionDenied();
        }
    }

    /**
     * zrc-007: the data of a closed zaak (the zaak itself and every sub-resource) may only change with
     * {@code zaken.geforceerd-bijwerken}; otherwise 403.
     */
    public void wijzigbaar(Zaak zaak) {
        if (zaak.isAfgesloten() && !mag(zaak, Scopes.Zrc.GEFORCEERD_BIJWERKEN)) {
            throw ZgwException.forbidden("permission_denied", GESLOTEN);
        }
    }

    /** The zaken the caller may see with {@code scope}, for an in-memory check (expand). */
    public TypeFilter zichtbaar(String scope) {
        return autorisaties.listFilter(scope);
    }

    /**
     * zrc-006 in SQL for a list joined on zaak alias {@code zaakAlias} (e.g. {@code "z"} of
     * {@code join e.zaak z}, or {@code "e"} for the zaken themselves): zaaktype in the granted set and
     * vertrouwelijkheidaanduiding within its maximum. A caller who may see nothing gets {@link Where#isNothing()}.
     */
    public Where zichtbaar(Where where, String zaakAlias, String scope) {
        return where.and(autorisaties.listFilter(scope), zaakAlias + ".zaaktype",
                zaakAlias + ".vertrouwelijkheidaanduiding");
    }
}
