package nl.zgw.notificaties.api;

import nl.zgw.common.security.autorisaties.Scopes.Nrc;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Response;
import nl.zgw.common.filter.FilteredBy;
import nl.zgw.common.filter.Selection;
import nl.zgw.common.problem.ZgwException;
import nl.zgw.common.security.autorisaties.RequiresScope;
import nl.zgw.notificaties.service.KanaalService;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Path("/notificaties/api/v1/kanaal")
@Produces(MediaType.APPLICATION_JSON)
public class KanaalResource {

    private final KanaalService service;
    private final Views views;

    public KanaalResource(KanaalService service, Views views) {
        this.service = service;
        this.views = views;
    }

    @GET
    @RequiresScope({Nrc.PUBLICEREN, Nrc.CONSUMEREN})
    @FilteredBy(KanaalFilters.class)
    public List<KanaalView> list(@Context UriInfo uriInfo) {
        Selection selection = KanaalFilters.FILTERS.parse(uriInfo.getQueryParameters());
        return service.list(selection.where(), selection.order()).stream().map(views::kanaal).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope(Nrc.PUBLICEREN)
    public Response create(@Valid @NotNull KanaalBody body) {
        KanaalView view = views.kanaal(service.registreer(body));
        return Response.created(URI.create(view.url())).entity(view).build();
    }

    @GET
    @Path("/{uuid}")
    @RequiresScope({Nrc.PUBLICEREN, Nrc.CONSUMEREN})
    public KanaalView read(@PathParam("uuid") String uuid) {
        return service.get(Uuids.parse(uuid)).map(views::kanaal).orElseThrow(ZgwException::notFound);
    }
}
