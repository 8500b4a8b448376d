package nl.zgw.zaken.service;

import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.common.problem.ZgwException;
import nl.zgw.common.refs.ResourceUrl;
import nl.zgw.common.validation.ValidationErrors;
import nl.zgw.zaken.config.ZakenApi;
import nl.zgw.zaken.domain.Zaak;

import java.util.Optional;
import java.util.UUID;

/**
 * How the relations of a zaak (zaakinformatieobjecten, zaakcontactmomenten, zaakverzoeken, zaakbesluiten) reach their
 * zaak for the caller, on top of {@link ZaakToegang}: a body's {@code zaak} URL or a path's uuid, authorised for any
 * of the operation's scopes (the OAS gives alternatives, e.g. aanmaken | bijwerken | geforceerd-bijwerken).
 */
@ApplicationScoped
public class ZaakRelaties {

    private final ZaakToegang toegang;

    public ZaakRelaties(ZaakToegang toegang) {
        this.toegang = toegang;
    }

    /**
     * The zaak a body's {@code field} names: {@code no_match} / {@code does_not_exist} collected in {@code errors}
     * (null returned), 403 when the caller has none of {@code scopes} for it.
     */
    public Zaak referentie(String field, String url, ValidationErrors errors, String... scopes) {
        Optional<UUID> uuid = ZaakToegang.uuidOf(url);
        if (uuid.isEmpty()) {
            errors.add(field, ZaakToegang.NO_MATCH, "Ongeldige hyperlink - Geen URL match.");
            return null;
        }
        Optional<Zaak> zaak = toegang.vind(url);
        if (zaak.isEmpty()) {
            errors.add(field, ZaakToegang.DOES_NOT_EXIST, "Ongeldige hyperlink - Object bestaat niet.");
            return null;
        }
        magEenVan(zaak.get(), scopes);
        return zaak.get();
    }

    /** 403 unless the caller has one of {@code scopes} for this zaak. */
    public void magEenVan(Zaak zaak, String... scopes) {
        for (String scope : scopes) {
            if (toegang.mag(zaak, scope)) {
                return;
            }
        }
        throw ZgwException.permissionDenied();
    }

    /** The uuid of a status URL of this API, if it is one. */
    public static Optional<UUID> statusUuid(String url) {
        return url == null ? Optional.empty() : ResourceUrl.uuidOf(url, ZakenApi.ROOT, "statussen");
    }

    public ZaakToegang toegang() {
        return toegang;
    }
}
