package nl.zgw.common.request;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.RequestScoped;

/**
 * The JSON body of the current request as it was read (keys normalised), kept so that a violation found later can
 * tell an absent key ({@code required}) from an explicit {@code null} ({@code null}).
 */
@RequestScoped
public class ReceivedJson {

    private JsonNode tree;

    public JsonNode tree() {
        return tree;
    }

    void set(JsonNode tree) {
        this.tree = tree;
    }
}
