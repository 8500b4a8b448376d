package nl.zgw.catalogi.api;

import nl.zgw.common.security.autorisaties.Scopes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.RequestScoped;
import nl.zgw.catalogi.persistence.CatalogiQueries;
import nl.zgw.catalogi.service.DetailCache;
import nl.zgw.common.http.PublicUrls;
import nl.zgw.common.paging.Page;
import nl.zgw.common.paging.PageRequest;
import nl.zgw.common.paging.Paginator;
import nl.zgw.common.filter.ValueType;
import nl.zgw.common.problem.ZgwException;
import nl.zgw.common.query.ListQueries;
import nl.zgw.common.query.ListQuery;
import nl.zgw.common.query.Slice;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** The read side shared by all resources: pages of a list query rendered and expanded, and cached details. */
@RequestScoped
public class Reads {

    public static final String ROOT = "/catalogi/api/v1";
    /** ztc-014: zaken.lezen and documenten.lezen read the catalogue as catalogi.lezen. */
    public static final String LEZEN = Scopes.Ztc.LEZEN;
    public static final String ZAKEN_LEZEN = Scopes.Zrc.LEZEN;
    public static final String DOCUMENTEN_LEZEN = Scopes.Drc.LEZEN;
    public static final String SCHRIJVEN = Scopes.Ztc.SCHRIJVEN;
    public static final String GEFORCEERD_SCHRIJVEN = Scopes.Ztc.GEFORCEERD_SCHRIJVEN;
    public static final String GEFORCEERD_VERWIJDEREN = Scopes.Ztc.GEFORCEERD_VERWIJDEREN;

    private final Representations representations;
    private final Expander expander;
    private final DetailCache cache;
    private final PublicUrls urls;
    private final Paginator paginator;
    private final CatalogiQueries queries;
    private final ListQueries lists;
    private final com.fasterxml.jackson.databind.ObjectMapper mapper;

    public Reads(Representations representations, Expander expander, DetailCache cache, PublicUrls urls,
                 Paginator paginator, CatalogiQueries queries, ListQueries lists,
                 com.fasterxml.jackson.databind.ObjectMapper mapper) {
        this.mapper = mapper;
        this.representations = representations;
        this.expander = expander;
        this.cache = cache;
        this.urls = urls;
        this.paginator = paginator;
        this.queries = queries;
        this.lists = lists;
    }

    public Representations representations() {
        return representations;
    }

    public CatalogiQueries queries() {
        return queries;
    }

    /** A date parameter of a detail ({@code datumGeldigheid}): ISO date or 400 {@code invalid}; null when absent. */
    public static LocalDate date(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ValueType.DATE.parse(value);
        } catch (ValueType.Invalid e) {
            throw ZgwException.invalid(name, e.code(), e.getMessage());
        }
    }

    /**
     * One page of rendered, expanded results; relations render as valid on {@code on} (the list's
     * {@code datumGeldigheid}; today when null).
     */
    public <T> Page<ObjectNode> list(ListQuery<T> query, String page, String collection, String expand, LocalDate on,
                                     Function<List<T>, List<ObjectNode>> render) {
        PageRequest request = PageRequest.of(page);
        nl.zgw.common.expand.Expansie tree = expander.parse(collection, expand);
        representations.at(on);
        Slice<T> slice = lists.slice(query, request);
        List<ObjectNode> nodes = slice.rows().isEmpty() ? List.of() : render.apply(slice.rows());
        expander.expand(collection, nodes, tree);
        return paginator.page(request, slice.count(), nodes, n -> n);
    }

    /**
     * A detail, from the cache when warm. Keyed by the catalogue revision (so a write on any replica retires it),
     * resource, public base, date and expand.
     */
    public <T> RenderedJson detail(Class<T> type, String collection, UUID uuid, String expand,
                                   Function<List<T>, List<ObjectNode>> render) {
        nl.zgw.common.expand.Expansie tree = expander.parse(collection, expand);
        String key = cache.revisie(queries::revisie) + "|" + collection + "|" + uuid + "|" + urls.base() + "|" + representations.date() + "|"
                + (expand == null ? "" : expand);
        return new RenderedJson(cache.get(key, () -> {
            T entity = queries.byUuid(type, uuid).orElseThrow(ZgwException::notFound);
            List<ObjectNode> nodes = render.apply(List.of(entity));
            expander.expand(collection, nodes, tree);
            try {
                return mapper.writeValueAsString(nodes.get(0));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }));
    }

    /** The representation right after a write (not from the cache). */
    public <T> ObjectNode fresh(Class<T> type, UUID uuid, Function<List<T>, List<ObjectNode>> render) {
        T entity = queries.byUuid(type, uuid).orElseThrow(ZgwException::notFound);
        return render.apply(List.of(entity)).get(0);
    }

    public String location(String collection, UUID uuid) {
        return urls.resource(collection, uuid);
    }
}
