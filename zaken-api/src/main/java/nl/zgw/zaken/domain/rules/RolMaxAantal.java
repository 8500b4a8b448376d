package nl.zgw.zaken.domain.rules;

import nl.zgw.common.problem.InvalidParam;

import java.util.Optional;

/**
 * A zaak has at most one initiator and at most one zaakcoordinator (by omschrijvingGeneriek of the roltype; Open
 * Zaak: max-occurences on roltype). A rol that already had that omschrijvingGeneriek is no new occurrence.
 */
public final class RolMaxAantal {

    public static final String CODE = "max-occurences";
    public static final java.util.List<String> EEN_PER_ZAAK = java.util.List.of("initiator", "zaakcoordinator");

    private RolMaxAantal() {
    }

    /**
     * @param omschrijvingGeneriek the new rol's, from its roltype
     * @param vorige               the rol's omschrijvingGeneriek before this update, null for a create
     * @param bestaand             how many rollen of the zaak have {@code omschrijvingGeneriek} now
     */
    public static Optional<InvalidParam> check(String omschrijvingGeneriek, String vorige, long bestaand) {
        if (!EEN_PER_ZAAK.contains(omschrijvingGeneriek) || omschrijvingGeneriek.equals(vorige) || bestaand < 1) {
            return Optional.empty();
        }
        return Optional.of(new InvalidParam("roltype", CODE,
                "There are already " + bestaand + " `" + omschrijvingGeneriek + "` occurences"));
    }
}
