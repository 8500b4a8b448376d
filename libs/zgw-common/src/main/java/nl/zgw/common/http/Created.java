package nl.zgw.common.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/** The answer to a create: {@code 201} with the new resource as body and its {@code url} as {@code Location}. */
public final class Created {

    private Created() {
    }

    public static Response of(ObjectNode resource) {
        return Response.created(URI.create(resource.get("url").asText())).entity(resource).build();
    }
}
