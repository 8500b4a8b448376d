package nl.zgw.zaken.domain.rules;

import nl.zgw.common.problem.InvalidParam;
import nl.zgw.common.refs.ResourceUrl;
import nl.zgw.zaken.domain.Zaak;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * The object rules of a zaak, each with the code the reference implementation (vng-api-common / Open Zaak) gives.
 * Pure functions of their inputs, so they are unit tested without a database.
 */
public final class ZaakRegels {

    public static final String IDENTIFICATIE_NIET_UNIEK = "identificatie-niet-uniek";
    public static final String WIJZIGEN_NIET_TOEGELATEN = "wijzigen-niet-toegelaten";
    public static final String DEELZAAK_ALS_HOOFDZAAK = "deelzaak-als-hoofdzaak";
    public static final String SELF_FORBIDDEN = "self-forbidden";
    public static final String BETALING_NVT = "betaling-nvt";
    public static final String FUTURE_NOT_ALLOWED = "future_not_allowed";
    public static final String INVALID_PRODUCTS_SERVICES = "invalid-products-services";
    public static final String ARCHIEFNOMINATIE_NOT_SET = "archiefnominatie-not-set";
    public static final String ARCHIEFACTIEDATUM_NOT_SET = "archiefactiedatum-not-set";
    public static final String DOCUMENTS_NOT_ARCHIVED = "documents-not-archived";

    private ZaakRegels() {
    }

    /** zrc-002: a field that may not change once set (identificatie, bronorganisatie). */
    public static Optional<InvalidParam> onveranderlijk(String field, String current, String given) {
        if (given == null || given.isEmpty() || Objects.equals(current, given)) {
            return Optional.empty();
        }
        return Optional.of(new InvalidParam(field, WIJZIGEN_NIET_TOEGELATEN, "Dit veld mag niet gewijzigd worden."));
    }

    /** zrc-013: one level of deelzaken, and a zaak is no deelzaak of itself. */
    public static Optional<InvalidParam> hoofdzaak(Zaak zaak, Zaak hoofdzaak) {
        if (hoofdzaak == null) {
            return Optional.empty();
        }
        if (zaak.uuid != null && zaak.uuid.equals(hoofdzaak.uuid)) {
            return Optional.of(new InvalidParam("hoofdzaak", SELF_FORBIDDEN,
                    "Een zaak mag niet zijn eigen hoofdzaak zijn."));
        }
        if (hoofdzaak.hoofdzaak != null) {
            return Optional.of(new InvalidParam("hoofdzaak", DEELZAAK_ALS_HOOFDZAAK,
                    "Deelzaken van deelzaken wordt niet ondersteund."));
        }
        return Optional.empty();
    }

    /** zrc-014: no laatsteBetaaldatum with betalingsindicatie nvt, and none in the future. */
    public static List<InvalidParam> betaling(String indicatie, OffsetDateTime laatsteBetaaldatum,
                                              OffsetDateTime now) {
        List<InvalidParam> errors = new ArrayList<>();
        if (laatsteBetaaldatum == null) {
            return errors;
        }
        if ("nvt".equals(indicatie)) {
            errors.add(new InvalidParam("laatsteBetaaldatum", BETALING_NVT,
                    "Laatste betaaldatum kan niet gezet worden als er geen betaling nodig is"));
        }
        if (laatsteBetaaldatum.isAfter(now)) {
            errors.add(new InvalidParam("laatsteBetaaldatum", FUTURE_NOT_ALLOWED,
                    "Ensure this value is not in the future."));
        }
        return errors;
    }

    /** zrc-015: every product or dienst is one of the zaaktype's. */
    public static Optional<InvalidParam> productenOfDiensten(List<String> given, List<String> vanZaaktype) {
        if (given == null || vanZaaktype.containsAll(given)) {
            return Optional.empty();
        }
        return Optional.of(new InvalidParam("productenOfDiensten", INVALID_PRODUCTS_SERVICES,
                "Niet alle producten/diensten komen voor in de producten/diensten op het zaaktype"));
    }

    /**
     * zrc-022: an archiefstatus other than nog_te_archiveren needs archiefnominatie, archiefactiedatum and every
     * document archived ({@code documentenGearchiveerd} is only asked when it matters).
     */
    public static List<InvalidParam> archiefstatus(String archiefstatus, String archiefnominatie,
                                                   LocalDate archiefactiedatum, BooleanSupplier documentenGearchiveerd) {
        List<InvalidParam> errors = new ArrayList<>();
        if (archiefstatus == null || archiefstatus.equals("nog_te_archiveren")) {
            return errors;
        }
        if (archiefnominatie == null || archiefnominatie.isEmpty()) {
            errors.add(new InvalidParam("archiefnominatie", ARCHIEFNOMINATIE_NOT_SET,
                    "Moet van een waarde voorzien zijn als de 'Archiefstatus' een waarde heeft anders dan"
                            + " 'nog_te_archiveren'."));
        }
        if (archiefactiedatum == null) {
            errors.add(new InvalidParam("archiefactiedatum", ARCHIEFACTIEDATUM_NOT_SET,
                    "Moet van een waarde voorzien zijn als de 'Archiefstatus' een waarde heeft anders dan"
                            + " 'nog_te_archiveren'."));
        }
        if (!documentenGearchiveerd.getAsBoolean()) {
            errors.add(new InvalidParam("archiefstatus", DOCUMENTS_NOT_ARCHIVED,
                    "Er zijn gerelateerde informatieobjecten waarvan de `status` nog niet gelijk is aan"
                            + " `gearchiveerd`. Dit is een voorwaarde voor het zetten van de `archiefstatus` op een"
                            + " andere waarde dan `nog_te_archiveren`."));
        }
        return errors;
    }

    public static UUID trailingUuid(String url) {
        return url == null ? null : ResourceUrl.trailingUuid(url).orElse(null);
    }
}
