package nl.zgw.common.filter;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import nl.zgw.common.paging.Page;
import nl.zgw.common.paging.PageRequest;
import nl.zgw.common.query.ListQueries;
import nl.zgw.common.query.ListQuery;
import nl.zgw.common.security.autorisaties.RequiresScope;

import java.util.UUID;

import static nl.zgw.common.filter.Lookup.*;
import static nl.zgw.common.filter.ValueType.*;

/** Test only: a list resource that is only a declaration, over every kind and value type. */
@Path("/test/api/v1/filterobjecten")
@Produces(MediaType.APPLICATION_JSON)
public class FilterObjectenResource {

    public static final class Declaration implements FilterDeclaration {
        static final Filters FILTERS = Filters.of(
                        Filter.of("naam", "o.naam", TEXT).lookups(EXACT, IN).alias("object_naam"),
                        Filter.of("aantal", "o.aantal", INTEGER).lookups(EXACT, GT, GTE, LT, LTE),
                        Filter.of("datum", "o.datum", DATE).lookups(EXACT, GT, LTE),
                        Filter.of("tijdstip", "o.tijdstip", DATE_TIME).lookups(GTE, LT),
                        Filter.of("actief", "o.actief", BOOLEAN),
                        Filter.of("soort", "o.soort", choice("eenvoudig", "samengesteld")),
                        Filter.of("uuid", "o.uuid", UUID_VALUE).lookups(EXACT, IN),
                        Filter.of("ref", "o.ref", URL),
                        Filter.of("object", "o.uuid", resourceUrl("/test/api/v1", "filterobjecten")),
                        Filter.of("einde", "o.einde", DATE).lookups(ISNULL),
                        Filter.where("even", choice("ja", "nee", "alles"), (v, where) -> {
                            if (!v.equals("alles")) {
                                where.and("mod(o.aantal, 2) = ?", v.equals("ja") ? 0 : 1);
                            }
                        }).byDefault("alles").columns("o.aantal"))
                .orderBy("o.id")
                .ordering("aantal", "o.aantal")
                .ordering("soort", "o.soort");

        @Override
        public Filters filters() {
            return FILTERS;
        }
    }

    public record View(UUID uuid, String naam, int aantal) {
    }

    private final ListQueries queries;

    public FilterObjectenResource(ListQueries queries) {
        this.queries = queries;
    }

    @GET
    @RequiresScope("zaken.lezen")
    @FilteredBy(Declaration.class)
    public Page<View> list(@QueryParam("page") String page, @Context UriInfo uriInfo) {
        Selection selection = Declaration.FILTERS.parse(uriInfo.getQueryParameters());
        return queries.page(ListQuery.of(FilterObject.class, "o").where(selection.where()).orderBy(selection.order()),
                PageRequest.of(page), rows -> rows.stream().map(o -> new View(o.uuid, o.naam, o.aantal)).toList());
    }
}
