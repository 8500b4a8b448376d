package nl.zgw.documenten.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import nl.zgw.common.filter.FilteredBy;
import nl.zgw.common.http.ETagged;
import nl.zgw.common.paging.Page;
import nl.zgw.common.problem.ZgwException;
import nl.zgw.common.security.autorisaties.RequiresScope;
import nl.zgw.common.security.autorisaties.Scopes;
import nl.zgw.documenten.api.EioBodyParser.Parsed;
import nl.zgw.documenten.service.EioReads;
import nl.zgw.documenten.service.EioService;
import nl.zgw.documenten.service.EioService.Written;

/**
 * /enkelvoudiginformatieobjecten: list, create, read (versie, registratieOp), HEAD, PUT, PATCH, DELETE, lock,
 * unlock and _zoek. Bodies with {@code inhoud} are read as a stream ({@link EioBodyParser}).
 */
@Path(EioResource.ROOT + "/enkelvoudiginformatieobjecten")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EioResource {

    public static final String ROOT = "/documenten/api/v1";

    private final EioService service;
    private final EioReads reads;
    private final EioBodyParser parser;
    private final EioRepresentation representation;

    public EioResource(EioService service, EioReads reads, EioBodyParser parser, EioRepresentation representation) {
        this.service = service;
        this.reads = reads;
        this.parser = parser;
        this.representation = representation;
    }

    @GET
    @RequiresScope(Scopes.Drc.LEZEN)
    @FilteredBy(EioFilters.class)
    public Page<ObjectNode> list(@QueryParam("page") String page, @QueryParam("expand") String expand,
                                 @Context UriInfo uriInfo) {
        return reads.list(EioFilters.FILTERS.parse(uriInfo.getQueryParameters()), page, expand);
    }

    @POST
    @RequiresScope(Scopes.Drc.AANMAKEN)
    public Response create(InputStream body) {
        Written w = written(body, p -> service.create(p.fields(), p.content(), p.inhoudSent()));
        ObjectNode n = representation.render(w.versie());
        n.put("lock", w.lock());
        return Response.created(URI.create(n.get("url").asText())).entity(n).build();
    }

    @GET
    @Path("{uuid}")
    @ETagged
    @RequiresScope(Scopes.Drc.LEZEN)
    public ObjectNode read(@PathParam("uuid") UUID uuid, @QueryParam("versie") Integer versie,
                           @QueryParam("registratieOp") String registratieOp, @QueryParam("expand") String expand) {
        return reads.detail(uuid, versie, registratieOp(registratieOp), expand);
    }

    @HEAD
    @Path("{uuid}")
    @ETagged
    @RequiresScope(Scopes.Drc.LEZEN)
    public ObjectNode head(@PathParam("uuid") UUID uuid) {
        return reads.detail(uuid, null, null, null);
    }

    @PUT
    @Path("{uuid}")
    @RequiresScope({Scopes.Drc.BIJWERKEN, Scopes.Drc.GEFORCEERD_BIJWERKEN})
    public ObjectNode update(@PathParam("uuid") UUID uuid, InputStream body) {
        return representation.render(written(body, p -> service.update(uuid, p.fields(), p.content(),
                p.inhoudSent())).versie());
    }

    @PATCH
    @Path("{uuid}")
    @RequiresScope({Scopes.Drc.BIJWERKEN, Scopes.Drc.GEFORCEERD_BIJWERKEN})
    public ObjectNode patch(@PathParam("uuid") UUID uuid, InputStream body) {
        return representation.render(written(body, p -> service.patch(uuid, p.fields(), p.content(),
                p.inhoudSent())).versie());
    }

    @DELETE
    @Path("{uuid}")
    @RequiresScope(Scopes.Drc.VERWIJDEREN)
    public Response delete(@PathParam("uuid") UUID uuid) {
        service.delete(uuid);
        return Response.noContent().build();
    }

    @POST
    @Path("{uuid}/lock")
    @RequiresScope(Scopes.Drc.LOCK)
    public Map<String, String> lock(@PathParam("uuid") UUID uuid) {
        return Map.of("lock", service.lock(uuid));
    }

    @POST
    @Path("{uuid}/unlock")
    @RequiresScope({Scopes.Drc.LOCK, Scopes.Drc.GEFORCEERD_UNLOCK})
    public Response unlock(@PathParam("uuid") UUID uuid, JsonNode body) {
        service.unlock(uuid, body);
        return Response.noContent().build();
    }

    @POST
    @Path("_zoek")
    @RequiresScope(Scopes.Drc.LEZEN)
    public Page<ObjectNode> zoek(@QueryParam("page") String page, JsonNode body) {
        return reads.zoek(body, page);
    }

    /** Content first, metadata second: the stored inhoud is removed again when the metadata is refused. */
    private Written written(InputStream body, Function<Parsed, Written> write) {
        Parsed parsed = parser.parse(body);
        try {
            return write.apply(parsed);
        } catch (RuntimeException e) {
            parser.discard(parsed.content());
            throw e;
        }
    }

    static OffsetDateTime registratieOp(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return java.time.LocalDateTime.parse(text).atOffset(java.time.ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                throw ZgwException.invalid("registratieOp", "invalid", "Voer een geldige datum/tijd in.");
            }
        }
    }
}
