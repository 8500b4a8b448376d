package nl.zgw.catalogi.api;

import nl.zgw.common.security.autorisaties.Scopes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.RequestScoped;
import nl.zgw.catalogi.api.render.Renderer;
import nl.zgw.catalogi.domain.CatalogiEntity;
import nl.zgw.catalogi.persistence.CatalogiRepositories;
import nl.zgw.catalogi.persistence.RevisieRepository;
import nl.zgw.catalogi.service.DetailCache;
import nl.zgw.common.expand.Expansie;
import nl.zgw.common.http.PublicUrls;
import nl.zgw.common.paging.Page;
import nl.zgw.common.paging.PageRequest;
import nl.zgw.common.paging.Paginator;
import nl.zgw.common.filter.ValueType;
import nl.zgw.common.problem.ZgwException;
import nl.zgw.common.query.ListQueries;
import nl.zgw.common.query.ListQuery;
import nl.zgw.common.query.Slice;

import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The read side shared by all resources: pages of a list query rendered and expanded, and cached details. Every
 * read is given the date it resolves relations by name on ({@code datumGeldigheid}, null for today).
 */
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

    private final Expander expander;
    private final DetailCache cache;
    private final PublicUrls urls;
    private final Paginator paginator;
    private final CatalogiRepositories repositories;
    private final RevisieRepository revisie;
    private final ListQueries lists;
    private final ObjectMapper mapper;

    public Reads(Expander expander, DetailCache cache, PublicUrls urls, Paginator paginator,
                 CatalogiRepositories repositories, RevisieRepository revisie, ListQueries lists,
                 ObjectMapper mapper) {
        this.expander = expander;
        this.cache = cache;
        this.urls = urls;
        this.paginator = paginator;
        this.repositories = repositories;
        this.revisie = revisie;
        this.lists = lists;
        this.mapper = mapper;
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

    /** One page of rendered, expanded results, relations as valid on {@code on} (null: today). */
    public <T extends CatalogiEntity> Page<ObjectNode> list(ListQuery<T> query, String page, Renderer<T> renderer,
                                                            String expand, LocalDate on) {
        PageRequest request = PageRequest.of(page);
        Expansie tree = expander.parse(renderer.collection(), expand);
        LocalDate date = orToday(on);
        Slice<T> slice = lists.slice(query, request);
        List<ObjectNode> nodes = slice.rows().isEmpty() ? List.of() : renderer.render(slice.rows(), date);
        expander.expand(renderer.collection(), nodes, tree, date);
        return paginator.page(request, slice.count(), nodes, n -> n);
    }

    /**
     * A detail, relations as valid on {@code on} (null: today), from the cache when warm. Keyed by the catalogue
     * revision (so a write on any replica retires it), resource, public base, date and expand.
     */
    public <T extends CatalogiEntity> RenderedJson detail(Renderer<T> renderer, UUID uuid, String expand,
                                                          LocalDate on) {
        String collection = renderer.collection();
        Expansie tree = expander.parse(collection, expand);
        LocalDate date = orToday(on);
        String key = cache.revisie(revisie::huidige) + "|" + collection + "|" + uuid + "|" + urls.base() + "|"
                + date + "|" + (expand == null ? "" : expand);
        return new RenderedJson(cache.get(key, () -> {
            List<ObjectNode> nodes = renderer.render(List.of(found(renderer, uuid)), date);
            expander.expand(collection, nodes, tree, date);
            try {
                return mapper.writeValueAsString(nodes.get(0));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }));
    }

    /** The representation right after a write (not from the cache), relations as valid today. */
    public <T extends CatalogiEntity> ObjectNode fresh(Renderer<T> renderer, UUID uuid) {
        return renderer.render(List.of(found(renderer, uuid)), LocalDate.now()).get(0);
    }

    public String location(String collection, UUID uuid) {
        return urls.resource(collection, uuid);
    }

    private <T extends CatalogiEntity> T found(Renderer<T> renderer, UUID uuid) {
        return repositories.of(renderer.type()).findByUuid(uuid).orElseThrow(ZgwException::notFound);
    }

    private static LocalDate orToday(LocalDate on) {
        return on == null ? LocalDate.now() : on;
    }
}
