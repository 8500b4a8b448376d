package nl.zgw.common.subresource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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
import nl.zgw.common.filter.Filter;
import nl.zgw.common.filter.FilterDeclaration;
import nl.zgw.common.filter.FilteredBy;
import nl.zgw.common.filter.Filters;
import nl.zgw.common.filter.ValueType;
import nl.zgw.common.http.PublicUrls;
import nl.zgw.common.paging.Page;
import nl.zgw.common.paging.PageRequest;
import nl.zgw.common.problem.ZgwException;
import nl.zgw.common.security.autorisaties.RequiresScope;
import nl.zgw.common.support.TestKanaal;

import java.util.UUID;

/**
 * Test only: /delen, a sub-resource of {@link TestHoofd} declared on {@link SubResource} as a service declares one
 * (resource and use case in one class here, to keep the test small). Rule: a deel with tekst "vast" is not deleted.
 */
@Path("/test/api/v1/delen")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TestDelenResource {

    public static final class DeelFilters implements FilterDeclaration {
        static final Filters FILTERS = Filters.of(Filter.of("tekst", "e.tekst", ValueType.TEXT)).orderBy("e.id");

        @Override
        public Filters filters() {
            return FILTERS;
        }
    }

    private final SubResource<TestDeel, TestHoofd> delen;
    private final TestHoofdobject hoofdobject;
    private final PublicUrls urls;

    public TestDelenResource(SubResources subResources, TestHoofdobject hoofdobject, PublicUrls urls) {
        this.hoofdobject = hoofdobject;
        this.urls = urls;
        this.delen = subResources.declare(TestDeel.class, "deel", hoofdobject, d -> d.hoofd)
                .kanaal(TestKanaal.NAAM)
                .vind(uuid -> TestDeel.<TestDeel>find("from TestDeel e join fetch e.hoofd where e.uuid = ?1", uuid)
                        .firstResultOptional())
                .render(this::render)
                .weergave(d -> "deel " + d.tekst)
                .voorVerwijderen(d -> {
                    if (d.tekst.equals("vast")) {
                        throw ZgwException.invalid("tekst", "vast", "Dit deel blijft.");
                    }
                });
    }

    ObjectNode render(TestDeel d) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("url", urls.resource("delen", d.uuid));
        n.put("hoofd", d.hoofd.uuid.toString());
        n.put("tekst", d.tekst);
        return n;
    }

    @GET
    @RequiresScope(TestHoofdobject.LEZEN)
    @FilteredBy(DeelFilters.class)
    public Page<ObjectNode> list(@QueryParam("page") String page, @Context UriInfo uriInfo) {
        return delen.page(DeelFilters.FILTERS.parse(uriInfo.getQueryParameters()), PageRequest.of(page),
                rows -> rows.stream().map(this::render).toList());
    }

    @GET
    @Path("{uuid}")
    @RequiresScope(TestHoofdobject.LEZEN)
    public ObjectNode read(@PathParam("uuid") UUID uuid) {
        return render(delen.get(uuid, Handeling.LEZEN));
    }

    /** {@code fail=true} fails the transaction after the change was recorded. */
    @POST
    @Transactional
    @TransactionConfiguration(timeout = 60)   // the test profile's 4 s is for OutboxTest, not a cold first write
    @RequiresScope(TestHoofdobject.BIJWERKEN)
    public Response create(JsonNode body, @QueryParam("fail") boolean fail) {
        TestDeel deel = delen.create(new TestDeel(), d -> {
            d.hoofd = TestHoofd.<TestHoofd>find("uuid", UUID.fromString(body.path("hoofd").asText()))
                    .firstResultOptional().orElseThrow(() -> ZgwException.invalid("hoofd", "does_not_exist", "Weg."));
            hoofdobject.toegang(d.hoofd, Handeling.BIJWERKEN);       // the body's hoofdobject: the rule's own check
            d.tekst = body.path("tekst").asText();
        });
        if (fail) {
            throw ZgwException.invalid("tekst", "invalid", "the change is refused after it was recorded");
        }
        return Response.status(201).entity(render(deel)).build();
    }

    @PUT
    @Path("{uuid}")
    @Transactional
    @TransactionConfiguration(timeout = 60)   // the test profile's 4 s is for OutboxTest, not a cold first write
    @RequiresScope(TestHoofdobject.BIJWERKEN)
    public ObjectNode update(@PathParam("uuid") UUID uuid, JsonNode body) {
        return render(delen.update(uuid, "update", d -> d.tekst = body.path("tekst").asText()));
    }

    @DELETE
    @Path("{uuid}")
    @Transactional
    @TransactionConfiguration(timeout = 60)   // the test profile's 4 s is for OutboxTest, not a cold first write
    @RequiresScope(TestHoofdobject.BIJWERKEN)
    public Response delete(@PathParam("uuid") UUID uuid) {
        delen.delete(uuid);
        return Response.noContent().build();
    }
}
