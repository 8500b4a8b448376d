package nl.zgw.zaken.client;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Collection;
import java.util.Map;

/**
 * The Documenten API as the Zaken API uses it: a zaakinformatieobject's informatieobject checked (zrc-003) and its
 * objectinformatieobject mirrored (zrc-005). {@link DocumentenApi} calls the API; the tests of this module, which
 * cannot start the Documenten API (it is built after this module), replace it.
 */
public interface Documenten {

    /** What a zaak needs of a document. */
    record Informatieobject(String url, String informatieobjecttype, String status) {
    }

    /**
     * The enkelvoudiginformatieobject at {@code url}, or 400 on {@code field}: {@code bad-url} (not allow-listed,
     * unreachable, not 200), {@code invalid-resource} (not a document).
     */
    Informatieobject informatieobject(String field, String url);

    /** For expand: the documents behind these URLs that can be fetched, by URL (the others left out). */
    Map<String, ObjectNode> documenten(Collection<String> urls);

    /** Makes the objectinformatieobject (object = the zaak, objectType zaak) unless it exists; throws when it can't. */
    void objectinformatieobjectAanmaken(String informatieobject, String zaak);

    /** Removes the objectinformatieobjecten of this relation (none left is done); throws when it can't. */
    void objectinformatieobjectenVerwijderen(String informatieobject, String zaak);
}
