package nl.zgw.zaken.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import nl.zgw.common.http.PublicUrls;
import nl.zgw.zaken.config.ZakenApi;
import nl.zgw.zaken.domain.Zaak;
import nl.zgw.zaken.persistence.ZaakRepository;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A zaak as the OAS {@code Zaak} (every field, in the file's order), a page at once: the deelzaken and each
 * {@link ZaakRelatieBron} in one query per page. Unset groups answer their nested structure (zrc-012) as the
 * reference implementation does; unset strings that are not nullable answer "".
 */
@ApplicationScoped
public class ZaakRepresentation {

    static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** The five read-only relation fields the sub-resources fill ({@link ZaakRelatieBron}). */
    public static final Set<String> TO_ONE = Set.of("status", "resultaat");
    public static final Set<String> TO_MANY = Set.of("eigenschappen", "rollen", "zaakinformatieobjecten",
            "zaakobjecten");

    private static final Map<String, String> BETALINGSINDICATIE = Map.of(
            "", "",
            "nvt", "Er is geen sprake van te betalen, met de zaak gemoeide, kosten.",
            "nog_niet", "De met de zaak gemoeide kosten zijn (nog) niet betaald.",
            "gedeeltelijk", "De met de zaak gemoeide kosten zijn gedeeltelijk betaald.",
            "geheel", "De met de zaak gemoeide kosten zijn geheel betaald.");

    private final PublicUrls urls;
    private final ZaakRepository zaken;
    private final Instance<ZaakRelatieBron> bronnen;
    private final ObjectMapper mapper;

    public ZaakRepresentation(PublicUrls urls, ZaakRepository zaken, Instance<ZaakRelatieBron> bronnen,
                              ObjectMapper mapper) {
        this.urls = urls;
        this.zaken = zaken;
        this.bronnen = bronnen;
        this.mapper = mapper;
    }

    public String url(UUID uuid) {
        return urls.resource(ZakenApi.ZAKEN, uuid);
    }

    public ObjectNode render(Zaak zaak) {
        return render(List.of(zaak)).get(0);
    }

    /**
     * A zaak just created: it has no deelzaken, rollen, statussen or other parts yet (the request cannot give them),
     * so none is looked up; one render serves the audit record, the notification and the 201.
     */
    public ObjectNode renderNieuw(Zaak zaak) {
        return render(zaak, List.of(), Map.of());
    }

    public List<ObjectNode> render(List<Zaak> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> deelzaken = new HashMap<>();
        for (Object[] row : zaken.deelzaakUuids(page.stream().map(z -> z.id).toList())) {
            deelzaken.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add(url((UUID) row[1]));
        }
        Map<String, Map<Long, List<String>>> relaties = new LinkedHashMap<>();
        for (ZaakRelatieBron bron : bronnen) {
            relaties.put(bron.veld(), bron.urls(page));
        }
        List<ObjectNode> nodes = new ArrayList<>(page.size());
        for (Zaak zaak : page) {
            nodes.add(render(zaak, deelzaken.getOrDefault(zaak.id, List.of()), relaties));
        }
        return nodes;
    }

    private ObjectNode render(Zaak z, List<String> deelzaken, Map<String, Map<Long, List<String>>> relaties) {
        ObjectNode n = JSON.objectNode();
        n.put("url", url(z.uuid));
        n.put("uuid", z.uuid.toString());
        n.put("identificatie", z.identificatie);
        n.put("bronorganisatie", z.bronorganisatie);
        n.put("omschrijving", z.omschrijving);
        n.put("toelichting", z.toelichting);
        n.put("zaaktype", z.zaaktype);
        n.put("registratiedatum", date(z.registratiedatum));
        n.put("verantwoordelijkeOrganisatie", z.verantwoordelijkeOrganisatie);
        n.put("startdatum", date(z.startdatum));
        n.put("einddatum", date(z.einddatum));
        n.put("einddatumGepland", date(z.einddatumGepland));
        n.put("uiterlijkeEinddatumAfdoening", date(z.uiterlijkeEinddatumAfdoening));
        n.put("publicatiedatum", date(z.publicatiedatum));
        n.put("communicatiekanaal", z.communicatiekanaal);
        n.set("productenOfDiensten", array(z.productenOfDiensten));
        n.put("vertrouwelijkheidaanduiding", z.vertrouwelijkheidaanduiding);
        n.put("betalingsindicatie", z.betalingsindicatie);
        n.put("betalingsindicatieWeergave", BETALINGSINDICATIE.getOrDefault(z.betalingsindicatie, ""));
        n.put("laatsteBetaaldatum", z.laatsteBetaaldatum == null ? null
                : z.laatsteBetaaldatum.withOffsetSameInstant(ZoneOffset.UTC)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME).replace("+00:00", "Z"));
        n.set("zaakgeometrie", z.zaakgeometrie == null || z.zaakgeometrie.isNull() ? JSON.nullNode()
                : z.zaakgeometrie.deepCopy());
        n.set("verlenging", verlenging(z.verlenging));
        n.set("opschorting", opschorting(z.opschorting));
        n.put("selectielijstklasse", z.selectielijstklasse);
        n.put("hoofdzaak", z.hoofdzaak == null ? null : url(z.hoofdzaak.uuid));
        ArrayNode deel = n.putArray("deelzaken");
        deelzaken.forEach(deel::add);
        n.set("relevanteAndereZaken", array(z.relevanteAndereZaken));
        relatie(n, "eigenschappen", z, relaties);
        relatie(n, "rollen", z, relaties);
        relatie(n, "status", z, relaties);
        relatie(n, "zaakinformatieobjecten", z, relaties);
        relatie(n, "zaakobjecten", z, relaties);
        n.set("kenmerken", array(z.kenmerken));
        n.put("archiefnominatie", z.archiefnominatie);
        n.put("archiefstatus", z.archiefstatus);
        n.put("archiefactiedatum", date(z.archiefactiedatum));
        relatie(n, "resultaat", z, relaties);
        n.put("opdrachtgevendeOrganisatie", z.opdrachtgevendeOrganisatie);
        n.put("processobjectaard", z.processobjectaard);
        n.put("startdatumBewaartermijn", date(z.startdatumBewaartermijn));
        n.set("processobject", processobject(z.processobject));
        return n;
    }

    private static void relatie(ObjectNode n, String veld, Zaak z, Map<String, Map<Long, List<String>>> relaties) {
        List<String> found = relaties.getOrDefault(veld, Map.of()).getOrDefault(z.id, List.of());
        if (TO_ONE.contains(veld)) {
            n.put(veld, found.isEmpty() ? null : found.get(0));
        } else {
            ArrayNode a = n.putArray(veld);
            found.forEach(a::add);
        }
    }

    static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static JsonNode array(JsonNode stored) {
        return stored == null || !stored.isArray() ? JSON.arrayNode() : stored.deepCopy();
    }

    /** zrc-012: the nested structure also when unset ({"reden": "", "duur": null}), as the reference answers. */
    static ObjectNode verlenging(JsonNode stored) {
        ObjectNode v = JSON.objectNode();
        v.put("reden", text(stored, "reden"));
        JsonNode duur = stored == null ? null : stored.get("duur");
        v.set("duur", duur == null || duur.isNull() ? JSON.nullNode() : duur.deepCopy());
        return v;
    }

    static ObjectNode opschorting(JsonNode stored) {
        ObjectNode o = JSON.objectNode();
        o.put("indicatie", stored != null && stored.path("indicatie").asBoolean(false));
        o.put("reden", text(stored, "reden"));
        return o;
    }

    static ObjectNode processobject(JsonNode stored) {
        ObjectNode p = JSON.objectNode();
        for (String f : List.of("datumkenmerk", "identificatie", "objecttype", "registratie")) {
            p.put(f, text(stored, f));
        }
        return p;
    }

    private static String text(JsonNode stored, String field) {
        if (stored == null || !stored.hasNonNull(field)) {
            return "";
        }
        return stored.get(field).asText();
    }

    /** The URLs of {@link ZaakRelatieBron} field {@code veld} for these zaken (e.g. for a cascade or a rule). */
    public Map<Long, List<String>> relatie(String veld, Collection<Zaak> page) {
        for (ZaakRelatieBron bron : bronnen) {
            if (bron.veld().equals(veld)) {
                return bron.urls(page);
            }
        }
        return Map.of();
    }

    ObjectMapper mapper() {
        return mapper;
    }
}
