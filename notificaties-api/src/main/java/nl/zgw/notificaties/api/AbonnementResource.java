package nl.zgw.notificaties.api;

import nl.zgw.common.security.autorisaties.Scopes.Nrc;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.zgw.common.request.PatchMerger;
import nl.zgw.common.security.jwt.CurrentCaller;
import nl.zgw.common.security.autorisaties.RequiresScope;
import nl.zgw.notificaties.service.AbonnementService;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * Abonnementen. As in the reference implementation, the creator's client id is recorded and every caller with the
 * scope sees every abonnement (the standard does not restrict reads to the creator).
 */
@Path("/notificaties/api/v1/abonnement")
@Produces(MediaType.APPLICATION_JSON)
public class AbonnementResource {

    private final AbonnementService service;
    private final Views views;
    private final CurrentCaller caller;
    private final PatchMerger patches;

    public AbonnementResource(AbonnementService service, Views views, CurrentCaller caller, PatchMerger patches) {
        this.service = service;
        this.views = views;
        this.caller = caller;
        this.patches = patches;
    }

    @GET
    @RequiresScope({Nrc.CONSUMEREN, Nrc.PUBLICEREN})
    public List<AbonnementView> list() {
        return service.list().stream().map(views::abonnement).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope(Nrc.CONSUMEREN)
    public Response create(@Valid @NotNull AbonnementBody body) {
        String clientId = caller.get().map(c -> c.clientId()).orElse("");
        AbonnementView view = views.abonnement(service.create(body, clientId));
        return Response.created(URI.create(view.url())).entity(view).build();
    }

    @GET
    @Path("/{uuid}")
    @RequiresScope({Nrc.CONSUMEREN, Nrc.PUBLICEREN})
    public AbonnementView read(@PathParam("uuid") String uuid) {
        return views.abonnement(service.get(Uuids.parse(uuid)));
    }

    @PUT
    @Path("/{uuid}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope(Nrc.CONSUMEREN)
    public AbonnementView update(@PathParam("uuid") String uuid, @Valid @NotNull AbonnementBody body) {
        return views.abonnement(service.update(Uuids.parse(uuid), body));
    }

    @PATCH
    @Path("/{uuid}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope(Nrc.CONSUMEREN)
    public AbonnementView partialUpdate(@PathParam("uuid") String uuid, JsonNode patch) {
        UUID id = Uuids.parse(uuid);
        AbonnementBody merged = patches.merge(AbonnementBody.of(service.get(id)), patch, AbonnementBody.class);
        return views.abonnement(service.update(id, merged));
    }

    @DELETE
    @Path("/{uuid}")
    @RequiresScope(Nrc.CONSUMEREN)
    public Response delete(@PathParam("uuid") String uuid) {
        service.delete(Uuids.parse(uuid));
        return Response.noContent().build();
    }
}
