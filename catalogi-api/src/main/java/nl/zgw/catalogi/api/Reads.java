package nl.zgw.catalogi.api;

import nl.zgw.common.security.autorisaties.Scopes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.RequestScoped;
import nl.zgw.catalogi.domain.Links;
import nl.zgw.catalogi.persistence.CatalogiQueries;
import nl.zgw.catalogi.persistence.CatalogiQueries.Where;
import nl.zgw.catalogi.service.DetailCache;
import nl.zgw.common.config.ZgwApiConfig;
import nl.zgw.common.http.PublicUrls;
import nl.zgw.common.paging.Page;
import nl.zgw.common.paging.PageRequest;
import nl.zgw.common.paging.Paginator;
import nl.zgw.common.problem.ZgwException;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** The read side shared by all resources: filter parsing and validation, pages, and cached details. */
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
    private final String apiRoot;
    private final com.fasterxml.jackson.databind.ObjectMapper mapper;

    public Reads(Representations representations, Expander expander, DetailCache cache, PublicUrls urls,
                 Paginator paginator, CatalogiQueries queries, ZgwApiConfig config,
                 com.fasterxml.jackson.databind.ObjectMapper mapper) {
        this.mapper = mapper;
        this.representations = representations;
        this.expander = expander;
        this.cache = cache;
        this.urls = urls;
        this.paginator = paginator;
        this.queries = queries;
        this.apiRoot = config.root();
    }

    public Representations representations() {
        return representations;
    }

    public CatalogiQueries queries() {
        return queries;
    }

    /** A date filter ({@code datumGeldigheid}): ISO date or 400 {@code invalid}. */
    public static LocalDate date(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ZgwException.invalid(name, "invalid", "Voer een geldige datum in (JJJJ-MM-DD).");
        }
    }

    /** {@code status=alles|concept|definitief}, default definitief, on the concept flag at {@code conceptPath}. */
    public static void status(Where where, String value, String conceptPath) {
        String v = value == null || value.isBlank() ? "definitief" : value;
        switch (v) {
            case "definitief" -> where.and(conceptPath + " = false");
            case "concept" -> where.and(conceptPath + " = true");
            case "alles" -> {
            }
            default -> throw ZgwException.invalid("status", "invalid_choice",
                    "Selecteer een geldige keuze: alles, concept of definitief.");
        }
    }

    /** An enum filter. */
    public static void choice(String value, String name, List<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            throw ZgwException.invalid(name, "invalid_choice", "Selecteer een geldige keuze.");
        }
    }

    public static Boolean bool(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value) {
            case "true", "True", "1" -> true;
            case "false", "False", "0" -> false;
            default -> throw ZgwException.invalid(name, "invalid", "Kies true of false.");
        };
    }

    /**
     * A URL filter into this API: its uuid; a valid URL of something else matches nothing (empty); not a URL is a
     * 400 {@code invalid}.
     */
    public Optional<UUID> url(String value, String name, String collection) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            URI u = URI.create(value.trim());
            if (u.getScheme() == null || u.getHost() == null) {
                throw new IllegalArgumentException();
            }
        } catch (IllegalArgumentException e) {
            throw ZgwException.invalid(name, "invalid", "Voer een geldige URL in.");
        }
        return Optional.of(Links.uuidOf(value, apiRoot, collection).orElse(new UUID(0, 0)));
    }

    /** One page of rendered, expanded results. */
    public <T> Page<ObjectNode> list(Class<T> type, String alias, String joins, String fetches, Where where,
                                     String order, String page, String collection, String expand,
                                     Function<List<T>, List<ObjectNode>> render) {
        PageRequest request = PageRequest.of(page);
        nl.zgw.common.expand.Expansie tree = expander.parse(collection, expand);
        var slice = queries.page(type, alias, joins, fetches, where, order, request);
        List<ObjectNode> nodes = render.apply(slice.rows());
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
