package nl.zgw.catalogi.domain.invoer;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Set;

/**
 * A partial change (PATCH) of a stored resource: the fields it sets, and the whole state it makes of the current
 * one. The service hands it the current state when its rules allow the change (ztc-009 looks at the fields first).
 */
public interface Aanpassing<R> {

    /** The fields the change sets, as the resource spells them. */
    Set<String> velden();

    /** The state after the change; {@code huidig} is the current state in the shape of {@code R}. */
    R toegepastOp(ObjectNode huidig);
}
