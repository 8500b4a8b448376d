package nl.zgw.zaken.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Transactional;
import nl.zgw.common.expand.Expansie;
import nl.zgw.common.filter.Selection;
import nl.zgw.common.paging.Page;
import nl.zgw.common.paging.PageRequest;
import nl.zgw.common.persistence.AnyOf;
import nl.zgw.common.problem.InvalidParam;
import nl.zgw.common.problem.ZgwException;
import nl.zgw.common.query.ListQueries;
import nl.zgw.common.query.ListQuery;
import nl.zgw.common.query.Where;
import nl.zgw.common.security.autorisaties.Scopes;
import nl.zgw.zaken.domain.Geometrie;
import nl.zgw.zaken.domain.Zaak;
import nl.zgw.zaken.persistence.ZaakRepository;
import nl.zgw.zaken.persistence.ZaakTellingen;
import nl.zgw.zaken.service.ZaakToegang;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The reads of /zaken: the list and POST /zaken/_zoek (filters, zrc-006 in SQL, one page rendered at once, expand,
 * fields), and the detail (404/403 via {@link ZaakToegang}).
 */
@RequestScoped
public class ZaakLezen {

    /** Body keys of ZaakZoek that are not list filters. */
    static final Set<String> ZOEK_EIGEN = Set.of("fields", "zaakgeometrie", "uuid__in", "zaaktype__in", "expand");

    private final ZaakRepository zaken;
    private final ZaakRepresentation representation;
    private final ZaakExpander expander;
    private final ZaakToegang toegang;
    private final ListQueries lists;
    private final ObjectMapper mapper;

    public ZaakLezen(ZaakRepository zaken, ZaakRepresentation representation, ZaakExpander expander,
                     ZaakToegang toegang, ListQueries lists, ObjectMapper mapper) {
        this.zaken = zaken;
        this.representation = representation;
        this.expander = expander;
        this.toegang = toegang;
        this.lists = lists;
        this.mapper = mapper;
    }

    @Transactional
    public Page<ObjectNode> list(Selection selection, PageRequest page, String expand) {
        Expansie expansie = expander.parse(expand);
        return page(selection.where(), selection.order(), page, expansie, null);
    }

    /** POST /zaken/_zoek: the list filters from the body plus uuid__in, zaaktype__in, zaakgeometrie.within, fields. */
    @Transactional
    public Page<ObjectNode> zoek(JsonNode body, PageRequest page, String expandParam) {
        if (body == null || !body.isObject()) {
            throw ZgwException.invalid(InvalidParam.NON_FIELD_ERRORS, "invalid",
                    "Ongeldige data. Verwacht een dictionary, kreeg een " + (body == null ? "null" : "list") + ".");
        }
        if (body.isEmpty()) {
            throw ZgwException.invalid(InvalidParam.NON_FIELD_ERRORS, "empty_search_body",
                    "Zoek parameters kunnen niet leeg zijn.");
        }
        Map<String, List<String>> query = new LinkedHashMap<>();
        List<InvalidParam> errors = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (ZOEK_EIGEN.contains(e.getKey()) || e.getValue().isNull()) {
                continue;
            }
            JsonNode v = e.getValue();
            if (v.isArray()) {
                List<String> parts = new ArrayList<>();
                v.forEach(x -> parts.add(x.asText()));
                query.put(e.getKey(), List.of(String.join(",", parts)));
            } else if (v.isValueNode()) {
                query.put(e.getKey(), List.of(v.asText()));
            } else {
                errors.add(new InvalidParam(e.getKey(), "invalid", "Ongeldige waarde."));
            }
        }
        Selection selection;
        try {
            selection = ZaakFilters.FILTERS.parse(query);
        } catch (ZgwException ex) {
            if (ex.invalidParams() == null) {
                throw ex;
            }
            errors.addAll(ex.invalidParams());
            selection = null;
        }
        Where where = selection == null ? new Where() : selection.where();
        List<UUID> uuids = uuids(body.get("uuid__in"), errors);
        if (uuids != null) {
            where = uuids.isEmpty() ? where.nothing()
                    : where.and(AnyOf.condition("e.uuid", where.bind(AnyOf.uuids(uuids))));
        }
        List<String> zaaktypen = strings(body.get("zaaktype__in"), "zaaktype__in", errors);
        if (zaaktypen != null) {
            where = zaaktypen.isEmpty() ? where.nothing()
                    : where.and(AnyOf.condition("e.zaaktype", where.bind(AnyOf.array(zaaktypen))));
        }
        Geometry binnen = within(body.get("zaakgeometrie"), errors);
        String expand = body.hasNonNull("expand") ? body.get("expand").asText() : expandParam;
        JsonNode fields = body.get("fields");
        if (fields != null && !fields.isNull() && !fields.isArray()) {
            errors.add(new InvalidParam("fields", "not_a_list", "Verwachtte een lijst met items, maar kreeg type \""
                    + fields.getNodeType().name().toLowerCase() + "\"."));
        }
        Velden velden = null;
        if (fields != null && fields.isArray()) {
            try {
                velden = Velden.parse(fields);
            } catch (IllegalArgumentException ex) {
                errors.add(new InvalidParam("fields", "invalid", ex.getMessage()));
            }
        }
        if (velden != null && expand != null && !expand.isBlank()) {
            errors.add(InvalidParam.nonField("fields-and-expand", "Het gebruik van \"fields\" en \"expand\" sluit"
                    + " elkaar uit."));
        }
        if (!errors.isEmpty()) {
            throw ZgwException.invalid(errors);
        }
        Expansie expansie = velden != null ? expander.parse(velden.expand(ZaakExpander.ZAKEN, (r, v) -> expander.doel(r, v).orElse(null))) : expander.parse(expand);
        if (binnen != null) {
            where = binnen(where, binnen);
        }
        return page(where, selection.order(), page, expansie, velden);
    }

    /** The detail: 404 absent, 403 not authorised (zrc-006), with expand. */
    @Transactional
    public ObjectNode detail(UUID uuid, String expand) {
        Expansie expansie = expander.parse(expand);
        Zaak zaak = toegang.zaak(uuid, Scopes.Zrc.LEZEN);
        List<ObjectNode> nodes = new ArrayList<>(List.of(representation.render(zaak)));
        expander.expand(nodes, expansie);
        return nodes.get(0);
    }

    /** The representation right after a write (no autorisatie check: the write checked it). */
    @Transactional
    public ObjectNode fresh(UUID uuid) {
        return representation.render(zaken.byUuid(uuid).orElseThrow(ZgwException::notFound));
    }

    private Page<ObjectNode> page(Where where, String order, PageRequest page, Expansie expansie, Velden velden) {
        boolean zonderFilters = where.jpql().isEmpty();
        ListQuery<Zaak> query = ListQuery.of(Zaak.class, "e").fetch("left join fetch e.hoofdzaak")
                .where(toegang.zichtbaar(where, "e", Scopes.Zrc.LEZEN)).orderBy(order).keyset(ZaakTellingen.KEYSET);
        if (zonderFilters) {
            // the triggers' counts per zaaktype and level: the same number as count(*), without reading an index
            query = query.counting(ZaakTellingen.van(toegang.zichtbaar(Scopes.Zrc.LEZEN)));
        }
        return lists.page(query, page, rows -> {
            List<ObjectNode> nodes = representation.render(rows);
            expander.expand(nodes, expansie);
            if (velden != null) {
                List<ObjectNode> selected = new ArrayList<>(nodes.size());
                nodes.forEach(n -> selected.add(velden.select(n)));
                return selected;
            }
            return nodes;
        });
    }

    /**
     * zaakgeometrie.within: the bounding box as the SQL prefilter (indexed), the exact test with JTS on the
     * candidates' geometry, the page then taken from the matching ids (so count and paging stay exact).
     */
    private Where binnen(Where where, Geometry gebied) {
        Envelope box = gebied.getEnvelopeInternal();
        Where kandidaten = where;
        kandidaten.and("e.zaakgeometrie is not null");
        kandidaten.and("e.geoMinX >= ?", box.getMinX());
        kandidaten.and("e.geoMaxX <= ?", box.getMaxX());
        kandidaten.and("e.geoMinY >= ?", box.getMinY());
        kandidaten.and("e.geoMaxY <= ?", box.getMaxY());
        Where zichtbaar = toegang.zichtbaar(kandidaten, "e", Scopes.Zrc.LEZEN);
        if (zichtbaar.isNothing()) {
            return zichtbaar;
        }
        List<Object[]> rows = zichtbaar.bindTo(zaken.getEntityManager().createQuery(
                "select e.id, e.zaakgeometrie from Zaak e" + zichtbaar.jpql(), Object[].class)).getResultList();
        List<Long> ids = new ArrayList<>();
        for (Object[] row : rows) {
            JsonNode geo = row[1] instanceof JsonNode j ? j : mapper.valueToTree(row[1]);
            Geometrie.lees(geo).filter(g -> Geometrie.binnen(g, gebied)).ifPresent(g -> ids.add((Long) row[0]));
        }
        Where exact = new Where();
        return ids.isEmpty() ? exact.nothing() : exact.and("e.id in ?", ids);
    }

    private static List<UUID> uuids(JsonNode node, List<InvalidParam> errors) {
        List<String> texts = strings(node, "uuid__in", errors);
        if (texts == null) {
            return null;
        }
        List<UUID> uuids = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            try {
                String t = texts.get(i);
                UUID u = UUID.fromString(t);
                if (!u.toString().equalsIgnoreCase(t)) {
                    throw new IllegalArgumentException();
                }
                uuids.add(u);
            } catch (IllegalArgumentException e) {
                errors.add(new InvalidParam("uuid__in." + i, "invalid", "Voer een geldige UUID in."));
            }
        }
        return uuids;
    }

    private static List<String> strings(JsonNode node, String name, List<InvalidParam> errors) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray()) {
            errors.add(new InvalidParam(name, "not_a_list", "Verwachtte een lijst met items, maar kreeg type \""
                    + node.getNodeType().name().toLowerCase() + "\"."));
            return null;
        }
        List<String> out = new ArrayList<>();
        node.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static Geometry within(JsonNode node, List<InvalidParam> errors) {
        if (node == null || node.isNull()) {
            return null;
        }
        JsonNode within = node.get("within");
        if (!node.isObject() || within == null || within.isNull()) {
            errors.add(new InvalidParam("zaakgeometrie.within", "required", "Dit veld is vereist."));
            return null;
        }
        // any GeoJSON geometry, as the reference's GeometryField takes it (a point finds the zaken at that point)
        Geometry g = Geometrie.lees(within).orElse(null);
        if (g == null) {
            errors.add(new InvalidParam("zaakgeometrie.within", "invalid", "Ongeldige geometrie: een geometrie"
                    + " in GeoJSON verwacht."));
            return null;
        }
        return g;
    }
}
