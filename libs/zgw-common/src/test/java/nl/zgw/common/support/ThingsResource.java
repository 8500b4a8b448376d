package nl.zgw.common.support;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.zgw.common.http.ETagged;
import nl.zgw.common.http.GeoCrs;
import nl.zgw.common.http.PublicUrls;
import nl.zgw.common.paging.Page;
import nl.zgw.common.paging.PageRequest;
import nl.zgw.common.paging.Paginator;
import nl.zgw.common.problem.ZgwException;
import nl.zgw.common.security.autorisaties.Autorisaties;
import nl.zgw.common.security.autorisaties.RequiresScope;
import nl.zgw.common.security.autorisaties.TypeFilter;
import nl.zgw.common.security.autorisaties.Vertrouwelijkheidaanduiding;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/** A tiny API used only to exercise the shared plumbing over real HTTP. */
@Path("/test/api/v1/things")
@Produces(MediaType.APPLICATION_JSON)
public class ThingsResource {

    public record Relatie(@NotBlank String url, String aardRelatie) {
    }

    public record Thing(@NotNull @Size(max = 10) String naam, Integer aantal, List<@Valid Relatie> relevanteAndereZaken,
                        List<@NotBlank String> kenmerken) {
    }

    @GeldigePeriode
    public record Periode(LocalDate begin, LocalDate einde) {
    }

    public enum Soort { eenvoudig, samengesteld }

    public record Typed(UUID uuid, LocalDate datum, Soort soort, Integer aantal, LocalDate vanaf) {
    }

    public static class TypedFilters {
        @QueryParam("vanaf")
        public LocalDate vanaf;
    }

    public record ThingView(String url, String naam) {
    }

    public static class Filters {
        @QueryParam("naam")
        public String naam;
        @QueryParam("page")
        public String page;
    }

    private final Paginator paginator;
    private final PublicUrls urls;
    private final Autorisaties autorisaties;

    public ThingsResource(Paginator paginator, PublicUrls urls, Autorisaties autorisaties) {
        this.paginator = paginator;
        this.urls = urls;
        this.autorisaties = autorisaties;
    }

    /** 250 things, so pages 1..3 exist. */
    @GET
    @RequiresScope("zaken.lezen")
    public Page<ThingView> list(@BeanParam Filters filters) {
        PageRequest request = PageRequest.of(filters.page);
        List<ThingView> all = IntStream.range(0, 250).mapToObj(i -> new ThingView(
                urls.resource("things", new UUID(0, i)), "thing-" + i)).toList();
        List<ThingView> rows = all.subList(Math.min(request.offset(), all.size()),
                Math.min(request.offset() + request.size(), all.size()));
        return paginator.page(request, all.size(), rows, t -> t);
    }

    @GET
    @Path("{uuid}")
    @ETagged
    @RequiresScope("zaken.lezen")
    public ThingView read(@PathParam("uuid") UUID uuid) {
        if (uuid.getMostSignificantBits() != 0) {
            throw ZgwException.notFound();
        }
        return new ThingView(urls.resource("things", uuid), "thing-" + uuid.getLeastSignificantBits());
    }

    @HEAD
    @Path("{uuid}")
    @ETagged
    @RequiresScope("zaken.lezen")
    public ThingView head(@PathParam("uuid") UUID uuid) {
        return read(uuid);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope("zaken.aanmaken")
    public Thing create(@Valid @NotNull Thing thing) {
        return thing;
    }

    @GET
    @Path("geo")
    @GeoCrs
    @RequiresScope("zaken.lezen")
    public ThingView geo() {
        return new ThingView(urls.apiRoot(), "geo");
    }

    @POST
    @Path("geo")
    @GeoCrs
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope("zaken.aanmaken")
    public Thing createGeo(@Valid @NotNull Thing thing) {
        return thing;
    }

    @POST
    @Path("periode")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope("zaken.aanmaken")
    public Periode periode(@Valid @NotNull Periode periode) {
        return periode;
    }

    /** Typed filters: a value that does not convert is a 400 naming the parameter. */
    @GET
    @Path("typed")
    @RequiresScope("zaken.lezen")
    public Typed typed(@QueryParam("uuid") UUID uuid, @QueryParam("datum") LocalDate datum,
                       @QueryParam("soort") Soort soort, @QueryParam("aantal") int aantal,
                       @BeanParam TypedFilters filters) {
        return new Typed(uuid, datum, soort, aantal, filters.vanaf);
    }

    @GET
    @Path("boom")
    @RequiresScope("zaken.lezen")
    public ThingView boom() {
        throw new IllegalStateException("secret internals at org.example.Hidden");
    }

    @GET
    @Path("conflict")
    @RequiresScope("zaken.lezen")
    public ThingView conflict() {
        throw ZgwException.conflict("conflict", "De resource is intussen gewijzigd.");
    }

    @GET
    @Path("unguarded")
    public ThingView unguarded() {
        return new ThingView("", "should never be reached");
    }

    /** Per-object check: the type and level come from the query, as a use case would take them from the object. */
    @GET
    @Path("check")
    @RequiresScope("zaken.lezen")
    public ThingView check(@QueryParam("zaaktype") String zaaktype, @QueryParam("niveau") String niveau) {
        autorisaties.require("zaken.lezen", zaaktype, Vertrouwelijkheidaanduiding.of(niveau));
        return new ThingView(zaaktype, niveau);
    }

    @GET
    @Path("filter")
    @RequiresScope("zaken.lezen")
    public TypeFilter.Predicate filter() {
        return autorisaties.listFilter("zaken.lezen").toJpql("z.zaaktype", "z.vertrouwelijkheidaanduiding");
    }
}
