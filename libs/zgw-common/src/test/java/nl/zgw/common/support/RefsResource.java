package nl.zgw.common.support;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.zgw.common.refs.ReferenceClient;
import nl.zgw.common.security.autorisaties.RequiresScope;

/** A use case that dereferences a URL while serving a consumer, as a service validating a relation does. */
@Path("/test/api/v1/refs")
@Produces(MediaType.APPLICATION_JSON)
public class RefsResource {

    private final ReferenceClient client;

    public RefsResource(ReferenceClient client) {
        this.client = client;
    }

    @GET
    @RequiresScope("zaken.lezen")
    public JsonNode fetch(@QueryParam("url") String url) {
        return client.get(url);
    }
}
