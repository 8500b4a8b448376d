package nl.zgw.zaken.domain;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Copies the identifying values of a rol's {@code betrokkeneIdentificatie} into the rol's indexed columns, each
 * only for the betrokkeneType that has it (a medewerker's {@code identificatie} is not an organisatorische
 * eenheid's), so that {@code betrokkeneIdentificatie__medewerker__identificatie} finds medewerkers only.
 */
public final class BetrokkeneSleutels {

    private BetrokkeneSleutels() {
    }

    public static void zet(Rol rol) {
        JsonNode id = rol.betrokkeneIdentificatie;
        rol.inpBsn = null;
        rol.anpIdentificatie = null;
        rol.inpANummer = null;
        rol.innNnpId = null;
        rol.annIdentificatie = null;
        rol.vestigingsNummer = null;
        rol.medewerkerIdentificatie = null;
        rol.orgEenheidIdentificatie = null;
        if (id == null || !id.isObject()) {
            return;
        }
        switch (rol.betrokkeneType) {
            case BetrokkeneType.NATUURLIJK_PERSOON -> {
                rol.inpBsn = waarde(id, "inpBsn");
                rol.anpIdentificatie = waarde(id, "anpIdentificatie");
                rol.inpANummer = waarde(id, "inpA_nummer");
            }
            case BetrokkeneType.NIET_NATUURLIJK_PERSOON -> {
                rol.innNnpId = waarde(id, "innNnpId");
                rol.annIdentificatie = waarde(id, "annIdentificatie");
            }
            case BetrokkeneType.VESTIGING -> rol.vestigingsNummer = waarde(id, "vestigingsNummer");
            case BetrokkeneType.MEDEWERKER -> rol.medewerkerIdentificatie = waarde(id, "identificatie");
            case BetrokkeneType.ORGANISATORISCHE_EENHEID -> rol.orgEenheidIdentificatie = waarde(id, "identificatie");
            default -> {
            }
        }
    }

    /** The value, or null when absent or empty (an empty value is no key: no filter value finds it). */
    private static String waarde(JsonNode id, String veld) {
        JsonNode v = id.get(veld);
        return v == null || v.isNull() || v.asText().isEmpty() ? null : v.asText();
    }
}
