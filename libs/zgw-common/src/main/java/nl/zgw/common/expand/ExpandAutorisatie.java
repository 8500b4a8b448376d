package nl.zgw.common.expand;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Decides whether the caller may see an expanded object (e.g. a zaak of a zaaktype outside its autorisaties, or
 * above its maximum vertrouwelijkheidaanduiding). What it refuses is left out: missing from a to-many array, an
 * empty object for a to-one, as for a relation that points at nothing.
 */
@FunctionalInterface
public interface ExpandAutorisatie {

    ExpandAutorisatie ALLES = (doel, object) -> true;

    boolean magZien(String doel, ObjectNode object);
}
