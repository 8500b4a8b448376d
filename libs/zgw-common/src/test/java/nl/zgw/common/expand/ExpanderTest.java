package nl.zgw.common.expand;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.zgw.common.problem.InvalidParam;
import nl.zgw.common.problem.ZgwException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The generic expander (standard §1.8): declared relations, unknown fields refused with the reference
 * implementation's codes, nesting with dot notation, one loader call per relation per level for the whole page,
 * and the autorisatie hook leaving out what the caller may not see.
 */
class ExpanderTest {

    static final String ZTC = "http://ztc.example.nl/catalogi/api/v1/";
    static final String ZRC = "http://zrc.example.nl/zaken/api/v1/";
    static final ObjectMapper M = new ObjectMapper();

    static final ExpandModel MODEL = ExpandModel.builder()
            .resource("zaken").toOne("zaaktype", "zaaktypen").toOne("hoofdzaak", "zaken")
            .toMany("deelzaken", "zaken").toOne("status", "statussen")
            .resource("statussen").toOne("statustype", "statustypen")
            .resource("zaaktypen").toMany("statustypen", "statustypen")
            .toMany("gerelateerdeZaaktypen", "zaaktype", "zaaktypen")
            .resource("statustypen").toOne("zaaktype", "zaaktypen")
            .build();

    /** Resources by URL, and the URL lists each loader was called with. */
    final Map<String, ObjectNode> store = new HashMap<>();
    final Map<String, List<Collection<String>>> calls = new HashMap<>();

    ExpandLoader loader(String doel) {
        return urls -> {
            calls.computeIfAbsent(doel, k -> new ArrayList<>()).add(List.copyOf(urls));
            Map<String, ObjectNode> out = new HashMap<>();
            urls.forEach(u -> {
                if (store.containsKey(u)) {
                    out.put(u, store.get(u).deepCopy());
                }
            });
            return out;
        };
    }

    Expander expander(ExpandAutorisatie autorisatie) {
        Map<String, ExpandLoader> loaders = new HashMap<>();
        for (String doel : List.of("zaken", "zaaktypen", "statussen", "statustypen")) {
            loaders.put(doel, loader(doel));
        }
        return new Expander(MODEL, ExpandLoaders.of(loaders), autorisatie);
    }

    ObjectNode put(String url, String... fields) {
        ObjectNode n = M.createObjectNode().put("url", url);
        for (int i = 0; i < fields.length; i += 2) {
            n.put(fields[i], fields[i + 1]);
        }
        store.put(url, n);
        return n.deepCopy();
    }

    static String codeOf(ZgwException e) {
        assertEquals(400, e.status());
        return e.invalidParams().stream().filter(p -> p.name().equals("expand")).map(InvalidParam::code)
                .findFirst().orElse("none");
    }

    @Test
    void anUnknownFieldIsInvalidExpandField() {
        Expander x = expander(ExpandAutorisatie.ALLES);
        assertEquals("invalid-expand-field", codeOf(assertThrows(ZgwException.class,
                () -> x.parse("zaken", "zaaktype,nope"))));
        // a field of another resource on a dotted path is unknown there too
        assertEquals("invalid-expand-field", codeOf(assertThrows(ZgwException.class,
                () -> x.parse("zaken", "status.hoofdzaak"))));
    }

    @Test
    void aMalformedParameterIsExpandFormatError() {
        Expander x = expander(ExpandAutorisatie.ALLES);
        for (String bad : List.of("zaaktype,", ".zaaktype", "zaaktype..statustypen", "zaak type")) {
            assertEquals("expand-format-error", codeOf(assertThrows(ZgwException.class,
                    () -> x.parse("zaken", bad))), bad);
        }
    }

    @Test
    void parsesDottedPathsIntoOneTree() {
        Expansie e = expander(ExpandAutorisatie.ALLES).parse("zaken",
                "zaaktype, status.statustype.zaaktype,status,hoofdzaak.hoofdzaak.hoofdzaak.hoofdzaak");
        assertEquals("{zaaktype={}, status={statustype={zaaktype={}}}, hoofdzaak={hoofdzaak={hoofdzaak={hoofdzaak={}}}}}",
                e.toString());
        assertTrue(expander(ExpandAutorisatie.ALLES).parse("zaken", " ").isEmpty());
    }

    @Test
    void expandsToOneAndToManyNestedWithOneLoaderCallPerRelationPerLevel() {
        String zt = ZTC + "zaaktypen/1";
        put(zt, "identificatie", "ZT1");
        ObjectNode ztNode = store.get(zt);
        ztNode.putArray("statustypen").add(ZTC + "statustypen/1").add(ZTC + "statustypen/2");
        put(ZTC + "statustypen/1", "zaaktype", zt, "omschrijving", "een");
        put(ZTC + "statustypen/2", "zaaktype", zt, "omschrijving", "twee");
        List<ObjectNode> page = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            page.add(M.createObjectNode().put("url", ZRC + "zaken/" + i).put("zaaktype", zt)
                    .putNull("hoofdzaak"));
        }
        Expander x = expander(ExpandAutorisatie.ALLES);
        x.expand("zaken", page, x.parse("zaken", "zaaktype.statustypen.zaaktype,hoofdzaak"));

        for (ObjectNode z : page) {
            assertEquals("ZT1", z.at("/_expand/zaaktype/identificatie").asText());
            assertEquals(2, z.at("/_expand/zaaktype/_expand/statustypen").size());
            assertEquals("een", z.at("/_expand/zaaktype/_expand/statustypen/0/omschrijving").asText());
            assertEquals("twee", z.at("/_expand/zaaktype/_expand/statustypen/1/omschrijving").asText());
            assertEquals(zt, z.at("/_expand/zaaktype/_expand/statustypen/0/_expand/zaaktype/url").asText());
            // an empty to-one is an empty object
            assertTrue(z.at("/_expand/hoofdzaak").isObject());
            assertEquals(0, z.at("/_expand/hoofdzaak").size());
        }
        // five rows, one call per relation per level; the same zaaktype URL asked once; no call for an empty to-one
        assertEquals(List.of(List.of(zt), List.of(zt)), calls.get("zaaktypen"));
        assertEquals(List.of(List.of(ZTC + "statustypen/1", ZTC + "statustypen/2")), calls.get("statustypen"));
        assertNull(calls.get("zaken"));
    }

    @Test
    void toManyItemsCanBeObjectsWithTheUrlInAMember() {
        String zt = ZTC + "zaaktypen/a";
        String other = ZTC + "zaaktypen/b";
        put(other, "identificatie", "B");
        ObjectNode z = M.createObjectNode().put("url", zt);
        z.putArray("gerelateerdeZaaktypen").addObject().put("zaaktype", other).put("aardRelatie", "bijdrage");
        Expander x = expander(ExpandAutorisatie.ALLES);
        x.expand("zaaktypen", List.of(z), x.parse("zaaktypen", "gerelateerdeZaaktypen,statustypen"));
        assertEquals("B", z.at("/_expand/gerelateerdeZaaktypen/0/identificatie").asText());
        assertTrue(z.at("/_expand/statustypen").isArray());
        assertEquals(0, z.at("/_expand/statustypen").size());
    }

    @Test
    void theAutorisatieHookLeavesOutWhatTheCallerMayNotSee() {
        put(ZRC + "zaken/open", "vertrouwelijkheidaanduiding", "openbaar");
        put(ZRC + "zaken/geheim", "vertrouwelijkheidaanduiding", "geheim");
        ObjectNode hoofd = M.createObjectNode().put("url", ZRC + "zaken/h").put("hoofdzaak", ZRC + "zaken/geheim");
        hoofd.putArray("deelzaken").add(ZRC + "zaken/open").add(ZRC + "zaken/geheim");
        Expander x = expander((doel, o) -> !"geheim".equals(o.path("vertrouwelijkheidaanduiding").asText()));
        x.expand("zaken", List.of(hoofd), x.parse("zaken", "deelzaken,hoofdzaak"));
        assertEquals(1, hoofd.at("/_expand/deelzaken").size());
        assertEquals(ZRC + "zaken/open", hoofd.at("/_expand/deelzaken/0/url").asText());
        assertEquals(0, hoofd.at("/_expand/hoofdzaak").size());
    }

    @Test
    void aLocalLoaderRendersAllUuidsInOneBatchAndIgnoresOtherUrls() {
        List<Collection<java.util.UUID>> batches = new ArrayList<>();
        java.util.UUID a = java.util.UUID.randomUUID();
        java.util.UUID b = java.util.UUID.randomUUID();
        LocalExpandLoader loader = new LocalExpandLoader(
                url -> url.startsWith(ZTC + "zaaktypen/")
                        ? java.util.Optional.of(java.util.UUID.fromString(url.substring(url.lastIndexOf('/') + 1)))
                        : java.util.Optional.empty(),
                uuids -> {
                    batches.add(List.copyOf(uuids));
                    return uuids.stream().map(u -> M.createObjectNode().put("url", ZTC + "zaaktypen/" + u)).toList();
                });
        Map<String, ObjectNode> loaded = loader.load(List.of(ZTC + "zaaktypen/" + a, ZTC + "zaaktypen/" + b,
                "http://elders.example.nl/zaaktypen/" + a));
        assertEquals(1, batches.size());
        assertEquals(List.of(a, b), batches.get(0));
        assertEquals(2, loaded.size());
        assertEquals(ZTC + "zaaktypen/" + b, loaded.get(ZTC + "zaaktypen/" + b).path("url").asText());
    }
}
