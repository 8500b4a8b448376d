package nl.zgw.zaken.client;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Collection;
import java.util.Map;

/**
 * The Besluiten API as the Zaken API uses it: the besluit a zaakbesluit names is checked. {@link BesluitenApi} calls
 * the API; the tests of this module, which cannot start the Besluiten API (it is built after this module), replace it.
 */
public interface Besluiten {

    record Besluit(String url, String besluittype, String zaak) {
    }

    /** The besluit at {@code url}, or 400 on {@code field} ({@code bad-url}, {@code invalid-resource}). */
    Besluit besluit(String field, String url);

    /** For expand: the besluiten behind these URLs that can be fetched, by URL (the others left out). */
    Map<String, ObjectNode> besluiten(Collection<String> urls);
}
