package nl.zgw.zaken.service;

import jakarta.enterprise.context.RequestScoped;
import nl.zgw.common.audit.Wijziging;
import nl.zgw.common.problem.ZgwException;
import nl.zgw.common.query.Where;
import nl.zgw.common.security.autorisaties.Scopes;
import nl.zgw.common.subresource.Handeling;
import nl.zgw.common.subresource.Hoofdobject;
import nl.zgw.common.validation.ValidationErrors;
import nl.zgw.zaken.domain.Zaak;

import java.util.Optional;

/**
 * How rollen, zaakobjecten, klantcontacten and zaaknotities reach their zaak, on top of {@link ZaakToegang}: the
 * zaak a body names, the scope pair of their writes (zaken.bijwerken or zaken.geforceerd-bijwerken for the zaak's
 * zaaktype and level, zrc-007 for a closed zaak), the list predicate over the joined zaak (zrc-006), and the
 * notification and audit of a write with the zaak as hoofdObject ({@link ZaakWijzigingen}); as the
 * {@link Hoofdobject} of their {@link nl.zgw.common.subresource.SubResource} declarations too.
 */
@RequestScoped
public class ZaakDelen implements Hoofdobject<Zaak> {

    static final int WEERGAVE = 200;

    private final ZaakToegang toegang;
    private final ZaakWijzigingen wijzigingen;

    public ZaakDelen(ZaakToegang toegang, ZaakWijzigingen wijzigingen) {
        this.toegang = toegang;
        this.wijzigingen = wijzigingen;
    }

    /** The zaak a body names in {@code field}, or an error on that field (no_match, does_not_exist). */
    public Optional<Zaak> zaak(String field, String url, ValidationErrors errors) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        if (ZaakToegang.uuidOf(url).isEmpty()) {
            errors.add(field, ZaakToegang.NO_MATCH, "Ongeldige hyperlink - Geen URL match.");
            return Optional.empty();
        }
        Optional<Zaak> zaak = toegang.vind(url);
        if (zaak.isEmpty()) {
            errors.add(field, ZaakToegang.DOES_NOT_EXIST, "Ongeldige hyperlink - Object bestaat niet.");
        }
        return zaak;
    }

    /** 403 unless the caller may read the zaak. */
    public void magLezen(Zaak zaak) {
        toegang.require(zaak, Scopes.Zrc.LEZEN);
    }

    /** 403 unless zaken.bijwerken or zaken.geforceerd-bijwerken covers the zaak; closed: only the latter (zrc-007). */
    public void magWijzigen(Zaak zaak) {
        if (!toegang.mag(zaak, Scopes.Zrc.BIJWERKEN) && !toegang.mag(zaak, Scopes.Zrc.GEFORCEERD_BIJWERKEN)) {
            throw ZgwException.permissionDenied();
        }
        toegang.wijzigbaar(zaak);
    }

    /** zaken.bijwerken only (the zaaknotities of 1.7), and zrc-007 for a closed zaak. */
    public void magBijwerken(Zaak zaak) {
        toegang.require(zaak, Scopes.Zrc.BIJWERKEN);
        toegang.wijzigbaar(zaak);
    }

    /** zrc-006 for a list of parts: only those whose zaak (joined as {@code zaakAlias}) the caller may read. */
    public Where zichtbaar(Where where, String zaakAlias) {
        return toegang.zichtbaar(where, zaakAlias, Scopes.Zrc.LEZEN);
    }

    @Override
    public String url(Zaak zaak) {
        return wijzigingen.url(zaak);
    }

    /** Reading needs zaken.lezen, a change {@link #magWijzigen}. */
    @Override
    public void toegang(Zaak zaak, Handeling handeling) {
        if (handeling == Handeling.LEZEN) {
            magLezen(zaak);
        } else {
            magWijzigen(zaak);
        }
    }

    @Override
    public String join() {
        return "join e.zaak z";
    }

    @Override
    public String fetch() {
        return "join fetch e.zaak z";
    }

    @Override
    public Where zichtbaar(Where where) {
        return zichtbaar(where, "z");
    }

    @Override
    public Object kenmerken(Zaak zaak) {
        return ZaakWijzigingen.kenmerken(zaak);
    }

    /** Notification on kanaal zaken and audit entry of a write of a part of {@code zaak}. */
    public void record(Zaak zaak, String resource, String resourceUrl, String actie, Object oud, Object nieuw,
                       String weergave) {
        wijzigingen.record(zaak, resource, resourceUrl, actie, oud, nieuw, weergave(weergave));
    }

    /** Only the audit entry (a resource the OAS lists no notification for: zaaknotitie). */
    public void audit(Zaak zaak, String resource, String resourceUrl, String actie, Object oud, Object nieuw,
                      String weergave) {
        wijzigingen.record(zaak, Wijziging.op(null, actie).resource(resource, resourceUrl).oud(oud).nieuw(nieuw)
                .audit(weergave(weergave)));
    }

    /** The audit trail's resourceWeergave holds 200 characters. */
    static String weergave(String weergave) {
        return weergave == null || weergave.length() <= WEERGAVE ? weergave : weergave.substring(0, WEERGAVE);
    }
}
