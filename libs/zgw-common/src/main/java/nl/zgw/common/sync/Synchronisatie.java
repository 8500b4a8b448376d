package nl.zgw.common.sync;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One planned synchronisation as its {@link SynchronisatieHandler} receives it.
 *
 * @param id       the row
 * @param soort    which handler carries it out
 * @param sleutel  what it is about (e.g. the relation); rows of one sleutel run one at a time, in order
 * @param gegevens what the handler needs, as planned in the change's transaction
 * @param poging   the attempt, from 1
 */
public record Synchronisatie(long id, String soort, String sleutel, JsonNode gegevens, int poging) {
}
