package nl.zgw.catalogi.domain.rules;

import nl.zgw.common.problem.InvalidParam;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Publishing a zaaktype or besluittype needs a published version of every type it relates to by name (the
 * reference's {@code concept-relation}, dropped from the standard as ztc-012 in 1.3.2 but kept, as Open Zaak does):
 * one error under {@code nonFieldErrors} per unpublished name.
 */
public final class PublishedRelations {

    public static final String CODE = "concept-relation";

    private PublishedRelations() {
    }

    /** @param relation the relation, named in the reason ({@code besluittypen}, ...) */
    public static List<InvalidParam> check(String relation, Collection<String> names, Set<String> published) {
        List<InvalidParam> errors = new ArrayList<>();
        for (String name : names) {
            if (!published.contains(name)) {
                errors.add(InvalidParam.nonField(CODE, "Alle gerelateerde " + relation
                        + " moeten gepubliceerd zijn; '" + name + "' is dat niet."));
            }
        }
        return errors;
    }
}
