package nl.zgw.autorisaties.api;

import nl.zgw.common.security.autorisaties.Scopes;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Response;
import nl.zgw.autorisaties.domain.ApplicatieGegevens;
import nl.zgw.autorisaties.domain.ApplicatieInvoer;
import nl.zgw.autorisaties.service.ApplicatieService;
import nl.zgw.common.filter.FilteredBy;
import nl.zgw.common.filter.Selection;
import nl.zgw.common.http.PublicUrls;
import nl.zgw.common.paging.Page;
import nl.zgw.common.paging.PageRequest;
import nl.zgw.common.paging.Paginator;
import nl.zgw.common.problem.InvalidParam;
import nl.zgw.common.problem.ZgwException;
import nl.zgw.common.request.BodyReader;
import nl.zgw.common.request.PatchMerger;
import nl.zgw.common.security.autorisaties.RequiresScope;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** {@code /applicaties} of the Autorisaties API 1.1.0. */
@Path("/autorisaties/api/v1/applicaties")
@Produces(MediaType.APPLICATION_JSON)
public class ApplicatieResource {

    static final String LEZEN = Scopes.Ac.LEZEN;
    static final String BIJWERKEN = Scopes.Ac.BIJWERKEN;

    private final ApplicatieService service;
    private final PublicUrls urls;
    private final Paginator paginator;
    private final BodyReader bodies;
    private final PatchMerger patches;

    public ApplicatieResource(ApplicatieService service, PublicUrls urls, Paginator paginator, BodyReader bodies,
                              PatchMerger patches) {
        this.service = service;
        this.urls = urls;
        this.paginator = paginator;
        this.bodies = bodies;
        this.patches = patches;
    }

    @GET
    @RequiresScope(LEZEN)
    @FilteredBy(ApplicatieFilters.class)
    public Page<ApplicatieView> list(@QueryParam("page") String page, @Context UriInfo uriInfo) {
        PageRequest request = PageRequest.of(page);
        Selection selection = ApplicatieFilters.FILTERS.parse(uriInfo.getQueryParameters());
        ApplicatieService.Pagina pagina = service.list(selection.where(), selection.order(), request);
        return paginator.page(request, pagina.count(), pagina.rows(), this::view);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope(BIJWERKEN)
    public Response create(JsonNode body) {
        ApplicatieInvoer invoer = ApplicatieMapper.invoer(bodies.read(body, ApplicatieRequest.class), null);
        ApplicatieView view = view(service.create(invoer, this::url));
        return Response.created(URI.create(view.url())).entity(view).build();
    }

    /** The OAS declares an array; it holds the one Applicatie with this client id (404 when there is none). */
    @GET
    @Path("consumer")
    @RequiresScope(LEZEN)
    public List<ApplicatieView> consumer(@QueryParam("clientId") String clientId) {
        if (clientId == null || clientId.isBlank()) {
            throw ZgwException.invalid(List.of(new InvalidParam("clientId", "required", "Dit veld is vereist.")));
        }
        return List.of(view(service.byClientId(clientId).orElseThrow(ZgwException::notFound)));
    }

    @GET
    @Path("{uuid}")
    @RequiresScope(LEZEN)
    public ApplicatieView read(@PathParam("uuid") UUID uuid) {
        return view(service.get(uuid));
    }

    @PUT
    @Path("{uuid}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope(BIJWERKEN)
    public ApplicatieView update(@PathParam("uuid") UUID uuid, JsonNode body) {
        ApplicatieInvoer current = service.current(uuid);
        // PUT replaces, but like the reference implementation leaves out optional fields the body omits
        ApplicatieInvoer invoer = ApplicatieMapper.invoer(bodies.read(body, ApplicatieRequest.class), current);
        return view(service.update(uuid, invoer, url(uuid), "update"));
    }

    @PATCH
    @Path("{uuid}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope(BIJWERKEN)
    public ApplicatieView partialUpdate(@PathParam("uuid") UUID uuid, JsonNode body) {
        ApplicatieInvoer current = service.current(uuid);
        ApplicatieRequest merged = patches.merge(ApplicatieMapper.request(current), body, ApplicatieRequest.class);
        ApplicatieInvoer invoer = ApplicatieMapper.invoer(merged, current);
        return view(service.update(uuid, invoer, url(uuid), "partial_update"));
    }

    @DELETE
    @Path("{uuid}")
    @RequiresScope(BIJWERKEN)
    public Response delete(@PathParam("uuid") UUID uuid) {
        service.delete(uuid, url(uuid));
        return Response.noContent().build();
    }

    private ApplicatieView view(ApplicatieGegevens g) {
        return ApplicatieMapper.view(g, url(g.uuid()));
    }

    private String url(UUID uuid) {
        return urls.resource("applicaties", uuid);
    }
}
