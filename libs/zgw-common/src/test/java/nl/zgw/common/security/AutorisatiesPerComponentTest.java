package nl.zgw.common.security;

import nl.zgw.common.persistence.AnyOf;
import nl.zgw.common.security.jwt.Caller;
import nl.zgw.common.security.jwt.CurrentCaller;
import nl.zgw.common.security.autorisaties.Applicatie;
import nl.zgw.common.security.autorisaties.Autorisatie;
import nl.zgw.common.security.autorisaties.Autorisaties;
import nl.zgw.common.security.autorisaties.TypeFilter;
import nl.zgw.common.security.autorisaties.Vertrouwelijkheidaanduiding;

import nl.zgw.common.config.ZgwApiConfig;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static nl.zgw.common.security.autorisaties.Vertrouwelijkheidaanduiding.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Standard §2 step 4 and 6 for the Documenten API (informatieobjecttype and max vertrouwelijkheidaanduiding) and the
 * Besluiten API (besluittype only), per object and as the list predicate.
 */
class AutorisatiesPerComponentTest {

    static final String IOT1 = "http://ztc/informatieobjecttypen/1";
    static final String IOT2 = "http://ztc/informatieobjecttypen/2";
    static final String BT1 = "http://ztc/besluittypen/1";
    static final String BT2 = "http://ztc/besluittypen/2";

    static Autorisatie drc(String iot, Vertrouwelijkheidaanduiding max, String... scopes) {
        return new Autorisatie("drc", Set.of(scopes), null, iot, null, max);
    }

    static Autorisatie brc(String besluittype, String... scopes) {
        return new Autorisatie("brc", Set.of(scopes), null, null, besluittype, null);
    }

    /** The Autorisaties of one request in {@code component} for a caller with these autorisaties. */
    static Autorisaties in(String component, Autorisatie... autorisaties) {
        CurrentCaller caller = new CurrentCaller();
        caller.set(new Caller("c", "u", "U"));
        Applicatie app = new Applicatie(Set.of("c"), "c", false, List.of(autorisaties));
        return new Autorisaties(caller, id -> Optional.of(app), config(component));
    }

    static ZgwApiConfig config(String component) {
        return new ZgwApiConfig() {
            public String component() {
                return component;
            }

            public String version() {
                return "1.0.0";
            }

            public String root() {
                return "/api/v1";
            }

            public boolean trustForwardedHeaders() {
                return true;
            }
        };
    }

    @Test
    void drcAllowsTheGrantedInformatieobjecttypeUpToAndIncludingItsMax() {
        Autorisaties a = in("drc", drc(IOT1, ZAAKVERTROUWELIJK, "documenten.lezen"));
        assertTrue(a.mayAccess("documenten.lezen", IOT1, OPENBAAR));
        assertTrue(a.mayAccess("documenten.lezen", IOT1, ZAAKVERTROUWELIJK));
        assertFalse(a.mayAccess("documenten.lezen", IOT1, VERTROUWELIJK), "above the max");
        assertFalse(a.mayAccess("documenten.lezen", IOT2, OPENBAAR), "another informatieobjecttype");
        assertFalse(a.mayAccess("documenten.bijwerken", IOT1, OPENBAAR), "another scope");
    }

    @Test
    void drcIgnoresAutorisatiesOfOtherComponents() {
        Autorisaties a = in("drc", new Autorisatie("zrc", Set.of("documenten.lezen"), IOT1, null, null, GEHEIM));
        assertFalse(a.mayAccess("documenten.lezen", IOT1, OPENBAAR));
        assertTrue(a.listFilter("documenten.lezen").isNothing());
    }

    @Test
    void drcWithoutMaxVertrouwelijkheidaanduidingAllowsNothing() {
        // the Autorisaties API requires the max for drc and zrc: a missing one fails closed, never "unlimited"
        Autorisaties a = in("drc", drc(IOT1, null, "documenten.lezen"));
        assertFalse(a.mayAccess("documenten.lezen", IOT1, OPENBAAR));
        assertTrue(a.listFilter("documenten.lezen").isNothing());
        assertEquals(new TypeFilter.Predicate("1 = 0", Map.of()),
                a.listFilter("documenten.lezen").toJpql("d.informatieobjecttype", "d.vertrouwelijkheidaanduiding"));
    }

    @Test
    void drcListPredicateHasEachTypeWithItsLevelsAndTheHighestMaxWins() {
        Autorisaties a = in("drc", drc(IOT1, OPENBAAR, "documenten.lezen"), drc(IOT1, ZAAKVERTROUWELIJK,
                "documenten.lezen"), drc(IOT2, INTERN, "documenten.lezen"), drc(IOT2, ZEER_GEHEIM, "documenten.lock"));
        TypeFilter filter = a.listFilter("documenten.lezen");
        assertEquals(List.of(new TypeFilter.Grant(IOT1, List.of("openbaar", "beperkt_openbaar", "intern",
                        "zaakvertrouwelijk")), new TypeFilter.Grant(IOT2, List.of("openbaar", "beperkt_openbaar", "intern"))),
                filter.grants());
        TypeFilter.Predicate p = filter.toJpql("d.type", "d.vertrouwelijkheidaanduiding");
        assertEquals("((" + any("d.type", ":authTypes0") + " and " + any("d.vertrouwelijkheidaanduiding", ":authLevels0")
                + ") or (" + any("d.type", ":authTypes1") + " and " + any("d.vertrouwelijkheidaanduiding", ":authLevels1")
                + "))", p.jpql());
        assertEquals(Map.of("authTypes0", List.of(IOT1), "authLevels0", filter.grants().get(0).allowedLevels(),
                "authTypes1", List.of(IOT2), "authLevels1", filter.grants().get(1).allowedLevels()), lists(p));
        assertTrue(filter.allows(IOT1, "zaakvertrouwelijk"));
        assertFalse(filter.allows(IOT1, "vertrouwelijk"));
        assertFalse(filter.allows(IOT2, "zaakvertrouwelijk"));
    }

    /** bench/zaken: one (types, levels) pair per maximum, not one OR branch per type, so the index answers it. */
    @Test
    void typesWithTheSameMaximumShareOneBranchOfThePredicate() {
        Autorisaties a = in("drc", drc(IOT1, ZAAKVERTROUWELIJK, "documenten.lezen"),
                drc(IOT2, OPENBAAR, "documenten.lezen"), drc("http://ztc/iot/3", ZAAKVERTROUWELIJK, "documenten.lezen"));
        TypeFilter filter = a.listFilter("documenten.lezen");
        TypeFilter.Predicate p = filter.toJpql("d.type", "d.vertrouwelijkheidaanduiding");
        assertEquals("((" + any("d.type", ":authTypes0") + " and " + any("d.vertrouwelijkheidaanduiding", ":authLevels0")
                + ") or (" + any("d.type", ":authTypes1") + " and " + any("d.vertrouwelijkheidaanduiding", ":authLevels1")
                + "))", p.jpql());
        assertEquals(List.of(IOT1, "http://ztc/iot/3"), lists(p).get("authTypes0"));
        assertEquals(List.of("openbaar", "beperkt_openbaar", "intern", "zaakvertrouwelijk"),
                lists(p).get("authLevels0"));
        assertEquals(List.of(IOT2), lists(p).get("authTypes1"));
        assertEquals(List.of("openbaar"), lists(p).get("authLevels1"));
    }

    @Test
    void brcAllowsTheGrantedBesluittypeWithoutAnyVertrouwelijkheid() {
        Autorisaties a = in("brc", brc(BT1, "besluiten.lezen"));
        assertTrue(a.mayAccess("besluiten.lezen", BT1, null));
        assertFalse(a.mayAccess("besluiten.lezen", BT2, null), "another besluittype");
        assertFalse(a.mayAccess("besluiten.aanmaken", BT1, null), "another scope");
    }

    @Test
    void brcListPredicateIsOnTheBesluittypeOnly() {
        Autorisaties a = in("brc", brc(BT1, "besluiten.lezen"), brc(BT2, "besluiten.verwijderen"));
        TypeFilter filter = a.listFilter("besluiten.lezen");
        assertEquals(List.of(new TypeFilter.Grant(BT1, null)), filter.grants());
        TypeFilter.Predicate p = filter.toJpql("b.besluittype", null);
        assertEquals("((" + any("b.besluittype", ":authTypes0") + "))", p.jpql());
        assertEquals(Map.of("authTypes0", List.of(BT1)), lists(p));
        assertTrue(filter.allows(BT1, null));
        assertFalse(filter.allows(BT2, null));
    }

    @Test
    void heeftAlleAutorisatiesAllowsEverythingInEveryComponent() {
        CurrentCaller caller = new CurrentCaller();
        caller.set(new Caller("s", "u", "U"));
        for (String component : List.of("drc", "brc")) {
            Autorisaties a = new Autorisaties(caller, id -> Optional.of(Applicatie.all("s")), config(component));
            assertTrue(a.mayAccess("documenten.lezen", IOT2, ZEER_GEHEIM));
            assertTrue(a.listFilter("besluiten.lezen").isEverything());
            assertEquals("1 = 1", a.listFilter("besluiten.lezen").toJpql("b.besluittype", null).jpql());
        }
    }

    private static String any(String path, String placeholder) {
        return AnyOf.condition(path, placeholder);
    }

    /** The predicate's parameters with each bound array as a list, to compare. */
    private static Map<String, Object> lists(TypeFilter.Predicate p) {
        Map<String, Object> lists = new java.util.HashMap<>();
        p.parameters().forEach((k, v) -> lists.put(k, v instanceof Object[] a ? List.of(a) : v));
        return lists;
    }
}
