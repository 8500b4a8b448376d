package nl.zgw.catalogi.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.RequestScoped;
import nl.zgw.catalogi.domain.*;
import nl.zgw.catalogi.persistence.CatalogiQueries;
import nl.zgw.common.refs.ResourceUrl;
import nl.zgw.common.http.PublicUrls;

import java.time.LocalDate;
import java.util.*;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Renders the resources of the catalogue as the OAS describes them. Every method renders a whole page at once: the
 * relations are loaded with one query per relation for all rows. Relations made by name (1.3 history model) are
 * returned as the URL of the published version valid on {@link #date()} (today or {@code datumGeldigheid}).
 */
@RequestScoped
public class Representations {

    public static final String CATALOGUSSEN = "catalogussen";
    public static final String ZAAKTYPEN = "zaaktypen";
    public static final String INFORMATIEOBJECTTYPEN = "informatieobjecttypen";
    public static final String BESLUITTYPEN = "besluittypen";
    public static final String STATUSTYPEN = "statustypen";
    public static final String ROLTYPEN = "roltypen";
    public static final String EIGENSCHAPPEN = "eigenschappen";
    public static final String RESULTAATTYPEN = "resultaattypen";
    public static final String ZIOT = "zaaktype-informatieobjecttypen";
    public static final String ZAAKOBJECTTYPEN = "zaakobjecttypen";

    private final ObjectMapper mapper;
    private final PublicUrls urls;
    private final CatalogiQueries q;
    private LocalDate date = LocalDate.now();

    public Representations(ObjectMapper mapper, PublicUrls urls, CatalogiQueries q) {
        this.mapper = mapper;
        this.urls = urls;
        this.q = q;
    }

    /** The date relations are resolved on. */
    public LocalDate date() {
        return date;
    }

    public void at(LocalDate d) {
        this.date = d == null ? LocalDate.now() : d;
    }

    public String url(String collection, UUID uuid) {
        return urls.resource(collection, uuid);
    }

    // ---------------------------------------------------------------- catalogus

    public List<ObjectNode> catalogussen(List<Catalogus> rows) {
        Set<Long> ids = ids(rows, c -> c.id);
        var zt = group(q.typesOfCatalogi("Zaaktype", "identificatie", ids));
        var bt = group(q.typesOfCatalogi("Besluittype", "omschrijving", ids));
        var iot = group(q.typesOfCatalogi("Informatieobjecttype", "omschrijving", ids));
        List<ObjectNode> out = new ArrayList<>();
        for (Catalogus c : rows) {
            ObjectNode n = start(CATALOGUSSEN, c.uuid, c.data);
            // optional but not nullable in the file: unset is "", as the reference implementation answers
            blankIfNull(n, "contactpersoonBeheerTelefoonnummer");
            blankIfNull(n, "contactpersoonBeheerEmailadres");
            n.set("zaaktypen", urlArray(ZAAKTYPEN, zt.getOrDefault(c.id, List.of())));
            n.set("besluittypen", urlArray(BESLUITTYPEN, bt.getOrDefault(c.id, List.of())));
            n.set("besluittypeOmschrijving", names(bt.getOrDefault(c.id, List.of())));
            n.set("informatieobjecttypen", urlArray(INFORMATIEOBJECTTYPEN, iot.getOrDefault(c.id, List.of())));
            n.set("informatieobjecttypeOmschrijving", names(iot.getOrDefault(c.id, List.of())));
            out.add(n);
        }
        return out;
    }

    private static void blankIfNull(ObjectNode n, String field) {
        if (unset(n, field)) {
            n.put(field, "");
        }
    }

    private static void blankIfNull(ObjectNode n, String... fields) {
        for (String f : fields) {
            blankIfNull(n, f);
        }
    }

    private static void falseIfNull(ObjectNode n, String field) {
        if (unset(n, field)) {
            n.put(field, false);
        }
    }

    private void emptyArrayIfNull(ObjectNode n, String field) {
        if (unset(n, field)) {
            n.set(field, mapper.createArrayNode());
        }
    }

    /**
     * The group {@code field} as an object, created when unset, its string sub-fields {@code blanks} "" when unset:
     * a gegevensgroep the file does not allow to be null is answered as Open Zaak's serializer does, with empty
     * values.
     */
    private ObjectNode gegevensgroep(ObjectNode n, String field, String... blanks) {
        ObjectNode g = n.path(field).isObject() ? (ObjectNode) n.get(field) : n.putObject(field);
        blankIfNull(g, blanks);
        return g;
    }

    private static boolean unset(JsonNode n, String field) {
        return n.path(field).isNull() || n.path(field).isMissingNode();
    }

    // ---------------------------------------------------------------- zaaktype

    public List<ObjectNode> zaaktypen(List<Zaaktype> rows) {
        Set<Long> zids = ids(rows, z -> z.id);
        Set<Long> cats = ids(rows, z -> z.catalogus.id);
        var statustypen = byZaaktype(q.ofZaaktypen("Statustype", "e.volgnummer", zids, "e.volgnummer"));
        var roltypen = byZaaktype(q.ofZaaktypen("Roltype", "e.omschrijving", zids, "e.id"));
        var eigenschappen = byZaaktype(q.ofZaaktypen("Eigenschap", "e.naam", zids, "e.id"));
        var resultaattypen = byZaaktype(q.ofZaaktypen("Resultaattype", "e.omschrijving", zids, "e.id"));
        var zaakobjecttypen = byZaaktype(q.ofZaaktypen("Zaakobjecttype", "e.relatieOmschrijving", zids, "e.id"));
        var ziots = byZaaktype(q.ofZaaktypen("ZaaktypeInformatieobjecttype", "e.informatieobjecttype", zids,
                "e.volgnummer"));
        Set<String> iotNames = new HashSet<>();
        ziots.values().forEach(l -> l.forEach(r -> iotNames.add((String) r[2])));
        Set<String> btNames = new HashSet<>();
        Set<String> ztIds = new HashSet<>();
        for (Zaaktype z : rows) {
            btNames.addAll(List.of(z.besluittypen));
            ztIds.addAll(List.of(z.deelzaaktypen));
            z.data.path("gerelateerdeZaaktypen").forEach(g -> ztIds.add(g.path("zaaktype").asText()));
        }
        var iots = q.resolve("Informatieobjecttype", "omschrijving", cats, iotNames, date);
        var bts = q.resolve("Besluittype", "omschrijving", cats, btNames, date);
        var zts = q.resolve("Zaaktype", "identificatie", cats, ztIds, date);

        List<ObjectNode> out = new ArrayList<>();
        for (Zaaktype z : rows) {
            ObjectNode n = start(ZAAKTYPEN, z.uuid, z.data);
            n.put("catalogus", url(CATALOGUSSEN, z.catalogus.uuid));
            // optional, not nullable in the file: unset is "" / [] / an object of empty values, as Open Zaak answers
            blankIfNull(n, "omschrijvingGeneriek", "toelichting", "publicatietekst", "selectielijstProcestype");
            emptyArrayIfNull(n, "verantwoordingsrelatie");
            gegevensgroep(n, "referentieproces", "naam", "link");
            gegevensgroep(n, "broncatalogus", "url", "domein", "rsin");
            gegevensgroep(n, "bronzaaktype", "url", "identificatie", "omschrijving");
            n.set("statustypen", urlArray(STATUSTYPEN, statustypen.getOrDefault(z.id, List.of())));
            n.set("resultaattypen", urlArray(RESULTAATTYPEN, resultaattypen.getOrDefault(z.id, List.of())));
            n.set("resultaattypeOmschrijving", names(resultaattypen.getOrDefault(z.id, List.of())));
            n.set("eigenschappen", urlArray(EIGENSCHAPPEN, eigenschappen.getOrDefault(z.id, List.of())));
            n.set("roltypen", urlArray(ROLTYPEN, roltypen.getOrDefault(z.id, List.of())));
            n.set("zaakobjecttypen", urlArray(ZAAKOBJECTTYPEN, zaakobjecttypen.getOrDefault(z.id, List.of())));
            List<String> iotOfZ = ziots.getOrDefault(z.id, List.of()).stream().map(r -> (String) r[2]).distinct()
                    .toList();
            n.set("informatieobjecttypen", resolved(INFORMATIEOBJECTTYPEN, iots, z.catalogus.id, iotOfZ));
            n.set("informatieobjecttypeOmschrijving", strings(iotOfZ));
            n.set("besluittypen", resolved(BESLUITTYPEN, bts, z.catalogus.id, List.of(z.besluittypen)));
            n.set("besluittypeOmschrijving", strings(List.of(z.besluittypen)));
            n.set("deelzaaktypen", resolved(ZAAKTYPEN, zts, z.catalogus.id, List.of(z.deelzaaktypen)));
            n.set("deelzaaktypeIdentificaties", strings(List.of(z.deelzaaktypen)));
            ArrayNode gerelateerd = mapper.createArrayNode();
            for (JsonNode g : z.data.path("gerelateerdeZaaktypen")) {
                String identificatie = g.path("zaaktype").asText();
                UUID target = zts.get(z.catalogus.id + "|" + identificatie);
                ObjectNode rel = gerelateerd.addObject();
                // a zaaktype not (yet) in the catalogus: "" (the file wants a URI, not null)
                rel.put("zaaktype", target == null ? "" : url(ZAAKTYPEN, target));
                rel.put("zaaktypeIdentificatie", identificatie);
                rel.set("aardRelatie", g.path("aardRelatie"));
                rel.put("toelichting", g.path("toelichting").asText(""));
            }
            n.set("gerelateerdeZaaktypen", gerelateerd);
            n.set("trefwoorden", strings(List.of(z.trefwoorden)));
            geldigheid(n, z.beginGeldigheid, z.eindeGeldigheid);
            n.put("concept", z.concept);
            out.add(n);
        }
        return out;
    }

    // ---------------------------------------------------------------- informatieobjecttype

    public List<ObjectNode> informatieobjecttypen(List<Informatieobjecttype> rows) {
        Set<Long> cats = ids(rows, i -> i.catalogus.id);
        Set<String> names = rows.stream().map(i -> i.omschrijving).collect(Collectors.toSet());
        var zaaktypen = q.zaaktypenOfIots(cats, names, date);
        var besluittypen = q.validBesluittypen(cats, date);
        List<ObjectNode> out = new ArrayList<>();
        for (Informatieobjecttype i : rows) {
            ObjectNode n = start(INFORMATIEOBJECTTYPEN, i.uuid, i.data);
            n.put("catalogus", url(CATALOGUSSEN, i.catalogus.uuid));
            ObjectNode generiek = gegevensgroep(n, "omschrijvingGeneriek", "informatieobjecttypeOmschrijvingGeneriek",
                    "definitieInformatieobjecttypeOmschrijvingGeneriek",
                    "herkomstInformatieobjecttypeOmschrijvingGeneriek",
                    "hierarchieInformatieobjecttypeOmschrijvingGeneriek");
            if (generiek.path("opmerkingInformatieobjecttypeOmschrijvingGeneriek").isMissingNode()) {
                generiek.putNull("opmerkingInformatieobjecttypeOmschrijvingGeneriek");
            }
            emptyArrayIfNull(n, "trefwoord");
            geldigheid(n, i.beginGeldigheid, i.eindeGeldigheid);
            n.put("concept", i.concept);
            ArrayNode zt = mapper.createArrayNode();
            Set<String> ztIds = new LinkedHashSet<>();
            Set<UUID> seen = new HashSet<>();
            for (Object[] r : zaaktypen) {
                if (r[0].equals(i.catalogus.id) && r[1].equals(i.omschrijving) && seen.add((UUID) r[2])) {
                    zt.add(url(ZAAKTYPEN, (UUID) r[2]));
                    ztIds.add((String) r[3]);
                }
            }
            n.set("zaaktypen", zt);
            n.set("zaaktypeIdentificaties", strings(ztIds));
            ArrayNode bt = mapper.createArrayNode();
            Set<String> btNames = new LinkedHashSet<>();
            for (Object[] r : besluittypen) {
                if (r[0].equals(i.catalogus.id) && List.of((String[]) r[3]).contains(i.omschrijving)) {
                    bt.add(url(BESLUITTYPEN, (UUID) r[1]));
                    btNames.add((String) r[2]);
                }
            }
            n.set("besluittypen", bt);
            n.set("besluittypeOmschrijving", strings(btNames));
            out.add(n);
        }
        return out;
    }

    // ---------------------------------------------------------------- besluittype

    public List<ObjectNode> besluittypen(List<Besluittype> rows) {
        Set<Long> cats = ids(rows, b -> b.catalogus.id);
        Set<String> iotNames = new HashSet<>();
        rows.forEach(b -> iotNames.addAll(List.of(b.informatieobjecttypen)));
        var iots = q.resolve("Informatieobjecttype", "omschrijving", cats, iotNames, date);
        var zaaktypen = q.validZaaktypen(cats, date);
        var resultaattypen = q.resultaattypenOfCatalogi(cats, date);
        List<ObjectNode> out = new ArrayList<>();
        for (Besluittype b : rows) {
            ObjectNode n = start(BESLUITTYPEN, b.uuid, b.data);
            n.put("catalogus", url(CATALOGUSSEN, b.catalogus.uuid));
            blankIfNull(n, "omschrijving", "omschrijvingGeneriek", "besluitcategorie", "publicatietekst",
                    "toelichting");
            ArrayNode zt = mapper.createArrayNode();
            Set<String> ztIds = new LinkedHashSet<>();
            for (Object[] r : zaaktypen) {
                if (r[0].equals(b.catalogus.id) && List.of((String[]) r[3]).contains(b.omschrijving)) {
                    zt.add(url(ZAAKTYPEN, (UUID) r[1]));
                    ztIds.add((String) r[2]);
                }
            }
            n.set("zaaktypen", zt);
            n.set("zaaktypeIdentificaties", strings(ztIds));
            n.set("informatieobjecttypen", resolved(INFORMATIEOBJECTTYPEN, iots, b.catalogus.id,
                    List.of(b.informatieobjecttypen)));
            n.set("informatieobjecttypeOmschrijvingen", strings(List.of(b.informatieobjecttypen)));
            ArrayNode rt = mapper.createArrayNode();
            List<String> rtNames = new ArrayList<>();
            for (Object[] r : resultaattypen) {
                if (r[0].equals(b.catalogus.id) && List.of((String[]) r[3]).contains(b.omschrijving)) {
                    rt.add(url(RESULTAATTYPEN, (UUID) r[1]));
                    rtNames.add((String) r[2]);
                }
            }
            n.set("resultaattypen", rt);
            n.set("resultaattypenOmschrijving", strings(rtNames));
            n.set("vastgelegdIn", mapper.createArrayNode());
            geldigheid(n, b.beginGeldigheid, b.eindeGeldigheid);
            n.put("concept", b.concept);
            out.add(n);
        }
        return out;
    }

    // ---------------------------------------------------------------- zaaktype-dependent types

    public List<ObjectNode> statustypen(List<Statustype> rows) {
        Set<Long> ids = ids(rows, s -> s.id);
        Set<Long> zids = ids(rows, s -> s.zaaktype.id);
        Map<Long, List<UUID>> eigenschappen = new HashMap<>();
        Map<Long, Integer> max = new HashMap<>();
        if (!ids.isEmpty()) {
            q.em().createQuery("select e.statustype.id, e.uuid from Eigenschap e where e.statustype.id in :ids"
                    + " order by e.id", Object[].class).setParameter("ids", ids).getResultList()
                    .forEach(r -> eigenschappen.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((UUID) r[1]));
            q.em().createQuery("select s.zaaktype.id, max(s.volgnummer) from Statustype s where s.zaaktype.id in :z"
                    + " group by s.zaaktype.id", Object[].class).setParameter("z", zids).getResultList()
                    .forEach(r -> max.put((Long) r[0], (Integer) r[1]));
        }
        List<ObjectNode> out = new ArrayList<>();
        for (Statustype s : rows) {
            ObjectNode n = dependent(STATUSTYPEN, s.uuid, s.data, s.zaaktype);
            n.put("volgnummer", s.volgnummer);
            n.put("isEindstatus", Objects.equals(max.get(s.zaaktype.id), s.volgnummer));
            blankIfNull(n, "omschrijvingGeneriek", "statustekst");
            falseIfNull(n, "informeren");
            for (JsonNode item : n.path("checklistitemStatustype")) {
                if (item.isObject()) {
                    falseIfNull((ObjectNode) item, "verplicht");
                }
            }
            ArrayNode e = mapper.createArrayNode();
            eigenschappen.getOrDefault(s.id, List.of()).forEach(u -> e.add(url(EIGENSCHAPPEN, u)));
            n.set("eigenschappen", e);
            out.add(n);
        }
        return out;
    }

    public List<ObjectNode> roltypen(List<Roltype> rows) {
        return rows.stream().map(r -> dependent(ROLTYPEN, r.uuid, r.data, r.zaaktype)).toList();
    }

    public List<ObjectNode> eigenschappen(List<Eigenschap> rows) {
        List<ObjectNode> out = new ArrayList<>();
        for (Eigenschap e : rows) {
            ObjectNode n = dependent(EIGENSCHAPPEN, e.uuid, e.data, e.zaaktype);
            n.put("statustype", e.statustype == null ? null : url(STATUSTYPEN, e.statustype.uuid));
            blankIfNull(n, "toelichting");
            ObjectNode specificatie = gegevensgroep(n, "specificatie", "groep");
            emptyArrayIfNull(specificatie, "waardenverzameling");
            out.add(n);
        }
        return out;
    }

    public List<ObjectNode> resultaattypen(List<Resultaattype> rows) {
        Set<Long> cats = ids(rows, r -> r.zaaktype.catalogus.id);
        Set<String> btNames = new HashSet<>();
        Set<String> iotNames = new HashSet<>();
        rows.forEach(r -> {
            btNames.addAll(List.of(r.besluittypen));
            iotNames.addAll(List.of(r.informatieobjecttypen));
        });
        var bts = q.resolve("Besluittype", "omschrijving", cats, btNames, date);
        var iots = q.resolve("Informatieobjecttype", "omschrijving", cats, iotNames, date);
        List<ObjectNode> out = new ArrayList<>();
        for (Resultaattype r : rows) {
            ObjectNode n = dependent(RESULTAATTYPEN, r.uuid, r.data, r.zaaktype);
            long cat = r.zaaktype.catalogus.id;
            blankIfNull(n, "toelichting", "archiefnominatie");
            // nullable as a whole; when given, its unset sub-fields are answered as Open Zaak does
            if (n.path("brondatumArchiefprocedure").isObject()) {
                ObjectNode brondatum = (ObjectNode) n.get("brondatumArchiefprocedure");
                blankIfNull(brondatum, "datumkenmerk", "objecttype", "registratie");
                falseIfNull(brondatum, "einddatumBekend");
                if (brondatum.path("procestermijn").isMissingNode()) {
                    brondatum.putNull("procestermijn");
                }
            }
            n.set("besluittypen", resolved(BESLUITTYPEN, bts, cat, List.of(r.besluittypen)));
            n.set("besluittypeOmschrijving", strings(List.of(r.besluittypen)));
            n.set("informatieobjecttypen", resolved(INFORMATIEOBJECTTYPEN, iots, cat, List.of(r.informatieobjecttypen)));
            n.set("informatieobjecttypeOmschrijving", strings(List.of(r.informatieobjecttypen)));
            out.add(n);
        }
        return out;
    }

    public List<ObjectNode> zaaktypeInformatieobjecttypen(List<ZaaktypeInformatieobjecttype> rows) {
        Set<Long> cats = ids(rows, r -> r.zaaktype.catalogus.id);
        Set<String> names = rows.stream().map(r -> r.informatieobjecttype).collect(Collectors.toSet());
        var iots = q.resolve("Informatieobjecttype", "omschrijving", cats, names, date);
        List<ObjectNode> out = new ArrayList<>();
        for (ZaaktypeInformatieobjecttype r : rows) {
            ObjectNode n = mapper.createObjectNode();
            n.put("url", url(ZIOT, r.uuid));
            n.put("zaaktype", url(ZAAKTYPEN, r.zaaktype.uuid));
            n.put("zaaktypeIdentificatie", r.zaaktype.identificatie);
            n.put("catalogus", url(CATALOGUSSEN, r.zaaktype.catalogus.uuid));
            UUID iot = iots.get(r.zaaktype.catalogus.id + "|" + r.informatieobjecttype);
            // an informatieobjecttype not (yet) in the catalogus: "" (the file wants a string, not null)
            n.put("informatieobjecttype", iot == null ? "" : url(INFORMATIEOBJECTTYPEN, iot));
            n.put("volgnummer", r.volgnummer);
            n.put("richting", r.richting);
            n.put("statustype", r.statustype == null ? null : url(STATUSTYPEN, r.statustype.uuid));
            out.add(n);
        }
        return out;
    }

    public List<ObjectNode> zaakobjecttypen(List<Zaakobjecttype> rows) {
        List<ObjectNode> out = new ArrayList<>();
        for (Zaakobjecttype z : rows) {
            ObjectNode n = dependent(ZAAKOBJECTTYPEN, z.uuid, z.data, z.zaaktype);
            n.set("resultaattypen", mapper.createArrayNode());
            n.set("resultaattypeOmschrijving", mapper.createArrayNode());
            n.set("statustypen", mapper.createArrayNode());
            out.add(n);
        }
        return out;
    }

    // ---------------------------------------------------------------- helpers

    private ObjectNode start(String collection, UUID uuid, JsonNode data) {
        ObjectNode n = mapper.createObjectNode();
        n.put("url", url(collection, uuid));
        if (data != null && data.isObject()) {
            n.setAll((ObjectNode) data.deepCopy());
        }
        return n;
    }

    private ObjectNode dependent(String collection, UUID uuid, JsonNode data, Zaaktype z) {
        ObjectNode n = start(collection, uuid, data);
        n.put("zaaktype", url(ZAAKTYPEN, z.uuid));
        n.put("zaaktypeIdentificatie", z.identificatie);
        n.put("catalogus", url(CATALOGUSSEN, z.catalogus.uuid));
        JsonNode begin = n.path("beginGeldigheid");
        if (begin.isMissingNode() || begin.isNull()) {
            n.put("beginGeldigheid", z.beginGeldigheid.toString());
        }
        n.put("eindeGeldigheid", z.eindeGeldigheid == null ? null : z.eindeGeldigheid.toString());
        return n;
    }

    private static void geldigheid(ObjectNode n, LocalDate begin, LocalDate einde) {
        n.put("beginGeldigheid", begin.toString());
        n.put("eindeGeldigheid", einde == null ? null : einde.toString());
    }

    private ArrayNode resolved(String collection, Map<String, UUID> resolved, long catalogusId,
                               Collection<String> names) {
        ArrayNode a = mapper.createArrayNode();
        for (String name : names) {
            UUID u = resolved.get(catalogusId + "|" + name);
            if (u != null) {
                a.add(url(collection, u));
            }
        }
        return a;
    }

    private ArrayNode urlArray(String collection, List<Object[]> rows) {
        ArrayNode a = mapper.createArrayNode();
        rows.forEach(r -> a.add(url(collection, (UUID) r[1])));
        return a;
    }

    /** The distinct names (third column) of the rows. */
    private ArrayNode names(List<Object[]> rows) {
        return strings(rows.stream().map(r -> (String) r[2]).distinct().toList());
    }

    private ArrayNode strings(Collection<String> values) {
        ArrayNode a = mapper.createArrayNode();
        values.forEach(a::add);
        return a;
    }

    /** Rows {@code {groupId, uuid, name}} by group id (catalogus or zaaktype), order kept. */
    private static Map<Long, List<Object[]>> group(List<Object[]> rows) {
        Map<Long, List<Object[]>> m = new HashMap<>();
        rows.forEach(r -> m.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(r));
        return m;
    }

    private static Map<Long, List<Object[]>> byZaaktype(List<Object[]> rows) {
        return group(rows);
    }

    private static <T> Set<Long> ids(List<T> rows, Function<T, Long> id) {
        return rows.stream().map(id).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
