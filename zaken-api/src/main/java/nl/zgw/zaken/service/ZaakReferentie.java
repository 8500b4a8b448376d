package nl.zgw.zaken.service;

import nl.zgw.common.validation.ValidationErrors;
import nl.zgw.zaken.domain.Zaak;

/**
 * The zaak a sub-resource's body names, without a scope check (the caller's use case checks the scopes it allows):
 * an unparsable URL is {@code no_match}, an absent zaak {@code does_not_exist}, both on {@code zaak}.
 */
final class ZaakReferentie {

    private ZaakReferentie() {
    }

    static Zaak vind(ZaakToegang toegang, String url, ValidationErrors errors) {
        if (ZaakToegang.uuidOf(url).isEmpty()) {
            errors.add("zaak", ZaakToegang.NO_MATCH, "Ongeldige hyperlink - Geen URL match.");
            return null;
        }
        Zaak zaak = toegang.vind(url).orElse(null);
        if (zaak == null) {
            errors.add("zaak", ZaakToegang.DOES_NOT_EXIST, "Ongeldige hyperlink - Object bestaat niet.");
        }
        return zaak;
    }
}
