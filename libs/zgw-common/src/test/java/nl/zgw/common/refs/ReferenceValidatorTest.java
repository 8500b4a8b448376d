package nl.zgw.common.refs;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.zgw.common.problem.InvalidParam;
import nl.zgw.common.problem.ZgwException;
import nl.zgw.testing.WireMockTestResource.InjectWireMock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reference validation as vng-api-common's URL validators and Open Zaak answer it: {@code bad-url},
 * {@code invalid-resource}, {@code not-published}, {@code relations-incorrect-catalogus}, {@code zaaktype-mismatch}
 * on the request field; cached; a list fetched once per distinct URL.
 */
@QuarkusTest
class ReferenceValidatorTest {

    private static final String ROOT = "http://ztc.example.nl/catalogi/api/v1";
    private static final String CATALOGUS = ROOT + "/catalogussen/5e8f1c2a-0d3b-4f6e-9a7c-1b2d3e4f5a6b";

    @InjectWireMock
    WireMockServer other;
    @Inject
    ReferenceValidator validator;

    @BeforeEach
    void reset() {
        other.resetAll();
    }

    /** Stubs a zaaktype and returns its public URL. */
    private String zaaktype(boolean concept, String catalogus) {
        String uuid = UUID.randomUUID().toString();
        String url = ROOT + "/zaaktypen/" + uuid;
        other.stubFor(get("/internal-ztc/zaaktypen/" + uuid).willReturn(okJson("{\"url\": \"" + url
                + "\", \"catalogus\": \"" + catalogus + "\", \"concept\": " + concept
                + ", \"identificatie\": \"Z-" + uuid + "\", \"omschrijving\": \"Melding\"}")));
        return url;
    }

    private static InvalidParam only(ZgwException e) {
        assertEquals(400, e.status());
        assertEquals(1, e.invalidParams().size(), e.invalidParams().toString());
        return e.invalidParams().get(0);
    }

    @Test
    void aPublishedZaaktypeOfTheCatalogusIsReadIntoItsView() {
        String url = zaaktype(false, CATALOGUS);
        CatalogiViews.Zaaktype zt = validator.require("zaaktype", url, CatalogiViews.ZAAKTYPE,
                ReferenceRule.published(), ReferenceRule.inCatalogus(CATALOGUS));
        assertEquals(url, zt.url());
        assertEquals(CATALOGUS, zt.catalogus());
        assertEquals(Boolean.FALSE, zt.concept());
        assertEquals("Melding", zt.omschrijving());
    }

    @Test
    void badUrlForAnUrlOutsideTheAllowListOrNot200() {
        InvalidParam p = only(assertThrows(ZgwException.class,
                () -> validator.require("zaaktype", "https://evil.example.com/zaaktypen/1", CatalogiViews.ZAAKTYPE)));
        assertEquals(new InvalidParam("zaaktype", "bad-url", "De URL valt niet onder een toegestane API-root."), p);

        String missing = ROOT + "/zaaktypen/" + UUID.randomUUID();
        other.stubFor(get(urlPathMatching("/internal-ztc/zaaktypen/.*")).willReturn(notFound()));
        p = only(assertThrows(ZgwException.class,
                () -> validator.require("zaaktype", missing, CatalogiViews.ZAAKTYPE)));
        assertEquals(new InvalidParam("zaaktype", "bad-url",
                "De URL " + missing + " gaf als antwoord HTTP 404. Geef een geldige URL op."), p);
    }

    @Test
    void invalidResourceForTheWrongCollectionOrShape() {
        String zaaktype = zaaktype(false, CATALOGUS);
        InvalidParam p = only(assertThrows(ZgwException.class,
                () -> validator.require("besluittype", zaaktype, CatalogiViews.BESLUITTYPE)));
        assertEquals(new InvalidParam("besluittype", "invalid-resource",
                "De URL " + zaaktype + " verwijst niet naar een besluittype. Geef een geldige URL op."), p);

        String uuid = UUID.randomUUID().toString();
        other.stubFor(get("/internal-ztc/zaaktypen/" + uuid).willReturn(okJson("{\"url\": \"x\"}")));
        p = only(assertThrows(ZgwException.class,
                () -> validator.require("zaaktype", ROOT + "/zaaktypen/" + uuid, CatalogiViews.ZAAKTYPE)));
        assertEquals("invalid-resource", p.code(), "no catalogus, no concept: not a zaaktype");
    }

    @Test
    void notPublished() {
        String concept = zaaktype(true, CATALOGUS);
        InvalidParam p = only(assertThrows(ZgwException.class, () -> validator.require("zaaktype", concept,
                CatalogiViews.ZAAKTYPE, ReferenceRule.published())));
        assertEquals(new InvalidParam("zaaktype", "not-published", "De resource is nog niet gepubliceerd."), p);
    }

    @Test
    void relationsIncorrectCatalogus() {
        String elsewhere = zaaktype(false, ROOT + "/catalogussen/" + UUID.randomUUID());
        InvalidParam p = only(assertThrows(ZgwException.class, () -> validator.require("zaaktype", elsewhere,
                CatalogiViews.ZAAKTYPE, ReferenceRule.inCatalogus(CATALOGUS))));
        assertEquals("relations-incorrect-catalogus", p.code());
        assertEquals("zaaktype", p.name());
    }

    @Test
    void zaaktypeMismatch() {
        String zaaktype = zaaktype(false, CATALOGUS);
        String uuid = UUID.randomUUID().toString();
        String statustype = ROOT + "/statustypen/" + uuid;
        other.stubFor(get("/internal-ztc/statustypen/" + uuid).willReturn(okJson("{\"url\": \"" + statustype
                + "\", \"zaaktype\": \"" + ROOT + "/zaaktypen/" + UUID.randomUUID() + "\", \"omschrijving\": \"Nieuw\"}")));
        InvalidParam p = only(assertThrows(ZgwException.class, () -> validator.require("statustype", statustype,
                CatalogiViews.STATUSTYPE, ReferenceRule.ofZaaktype(zaaktype))));
        assertEquals(new InvalidParam("statustype", "zaaktype-mismatch", "De resource hoort niet bij het zaaktype."), p);
    }

    @Test
    void aPublishedTypeIsFetchedOnceAndThenServedFromTheCache() {
        String url = zaaktype(false, CATALOGUS);
        String path = url.substring(ROOT.length());
        for (int i = 0; i < 3; i++) {
            assertEquals(url, validator.require("zaaktype", url, CatalogiViews.ZAAKTYPE, ReferenceRule.published()).url());
        }
        other.verify(1, getRequestedFor(urlEqualTo("/internal-ztc" + path)));
    }

    @Test
    void aListIsFetchedOncePerDistinctUrlAndEveryFailureIsReported() {
        List<String> distinct = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            distinct.add(zaaktype(false, CATALOGUS));
        }
        String concept = zaaktype(true, CATALOGUS);
        List<String> urls = new ArrayList<>(distinct);
        urls.addAll(distinct); // each twice
        Map<String, CatalogiViews.Zaaktype> found = validator.requireAll("deelzaaktypen", urls, CatalogiViews.ZAAKTYPE,
                ReferenceRule.published());
        assertEquals(distinct, List.copyOf(found.keySet()));
        for (String url : distinct) {
            other.verify(1, getRequestedFor(urlEqualTo("/internal-ztc" + url.substring(ROOT.length()))));
        }
        assertEquals(6, other.getAllServeEvents().size(), "12 entries, 6 distinct URLs, 6 fetches");

        List<String> bad = List.of(distinct.get(0), concept, "https://evil.example.com/zaaktypen/1", distinct.get(1));
        ZgwException e = assertThrows(ZgwException.class, () -> validator.requireAll("deelzaaktypen", bad,
                CatalogiViews.ZAAKTYPE, ReferenceRule.published()));
        assertEquals(List.of(new InvalidParam("deelzaaktypen.1", "not-published", "De resource is nog niet gepubliceerd."),
                new InvalidParam("deelzaaktypen.2", "bad-url", "De URL valt niet onder een toegestane API-root.")),
                e.invalidParams());
        assertTrue(e.invalidParams().stream().noneMatch(p -> p.name().equals("deelzaaktypen.0")));
    }
}
