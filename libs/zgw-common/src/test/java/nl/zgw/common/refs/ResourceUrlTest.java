package nl.zgw.common.refs;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One parser for the URLs of ZGW resources: root, collection, uuid, nesting; dot segments are no resource URL. */
class ResourceUrlTest {

    private static final String ZTC = "https://gateway.example.nl/catalogi/api/v1";
    private static final String ZTC_INTERNAL = "http://catalogi:8001/catalogi/api/v1";
    private static final UUID A = UUID.fromString("0b6f5e9a-3d1f-4c8e-9f1a-2a3b4c5d6e7f");
    private static final UUID B = UUID.fromString("9c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f");

    @Test
    void aResourceUnderThePublicRoot() {
        ResourceUrl url = ResourceUrl.parse(ZTC + "/zaaktypen/" + A, ZTC).orElseThrow();
        assertEquals("zaaktypen", url.collection());
        assertEquals(A, url.uuid());
        assertEquals(ZTC, url.root());
        assertTrue(url.isIn("zaaktypen"));
        assertEquals(Optional.empty(), url.parentUuid());
        assertEquals(Optional.of(A), ResourceUrl.parse(ZTC + "/zaaktypen/" + A + "/", ZTC).map(ResourceUrl::uuid),
                "one trailing slash is tolerated");
    }

    @Test
    void aResourceUnderTheInternalRootOfTheSameApi() {
        List<String> roots = List.of(ZTC, ZTC_INTERNAL);
        ResourceUrl url = ResourceUrl.parse(ZTC_INTERNAL + "/informatieobjecttypen/" + A, roots).orElseThrow();
        assertEquals(ZTC_INTERNAL, url.root());
        assertEquals("informatieobjecttypen", url.collection());
        assertEquals(A, url.uuid());
    }

    @Test
    void anotherHostSchemeOrPortIsNotUnderAnAbsoluteRoot() {
        for (String url : List.of("https://evil.example.nl/catalogi/api/v1/zaaktypen/" + A,
                "http://gateway.example.nl/catalogi/api/v1/zaaktypen/" + A,
                "https://gateway.example.nl:8443/catalogi/api/v1/zaaktypen/" + A,
                "https://gateway.example.nl/catalogi/api/v2/zaaktypen/" + A,
                "https://gateway.example.nl.evil.com/catalogi/api/v1/zaaktypen/" + A,
                "https://user@gateway.example.nl/catalogi/api/v1/zaaktypen/" + A)) {
            assertEquals(Optional.empty(), ResourceUrl.parse(url, ZTC), url);
        }
    }

    @Test
    void aRootPathMatchesOnAnyHostAndBehindAGatewayPrefix() {
        assertEquals(Optional.of(A), ResourceUrl.uuidOf("http://localhost:8001/catalogi/api/v1/zaaktypen/" + A,
                "/catalogi/api/v1", "zaaktypen"));
        assertEquals(Optional.of(A), ResourceUrl.uuidOf("https://gw.example.nl/prefix/catalogi/api/v1/zaaktypen/" + A,
                "/catalogi/api/v1", "zaaktypen"));
    }

    @Test
    void theWrongCollectionIsNoMatch() {
        assertEquals(Optional.empty(), ResourceUrl.uuidOf(ZTC + "/besluittypen/" + A, ZTC, "zaaktypen"));
        assertFalse(ResourceUrl.parse(ZTC + "/besluittypen/" + A, ZTC).orElseThrow().isIn("zaaktypen"));
    }

    @Test
    void withoutAUuidItIsNoResourceUrl() {
        for (String url : List.of(ZTC + "/zaaktypen", ZTC + "/zaaktypen/", ZTC + "/zaaktypen/1",
                ZTC + "/zaaktypen/" + A.toString().replace("-", ""), ZTC + "/zaaktypen/1-1-1-1-1", ZTC,
                ZTC + "/zaaktypen/" + A + "/statustypen", ZTC + "//" + A, "not a url", "", "ftp://x/catalogi/api/v1/zaaktypen/" + A)) {
            assertEquals(Optional.empty(), ResourceUrl.parse(url, ZTC), url);
        }
        assertEquals(Optional.empty(), ResourceUrl.parse(null, ZTC));
    }

    @Test
    void nestedSubResources() {
        ResourceUrl url = ResourceUrl.parse("https://gateway.example.nl/zaken/api/v1/zaken/" + A
                + "/zaakeigenschappen/" + B, "https://gateway.example.nl/zaken/api/v1").orElseThrow();
        assertEquals(List.of(new ResourceUrl.Part("zaken", A), new ResourceUrl.Part("zaakeigenschappen", B)),
                url.parts());
        assertEquals("zaakeigenschappen", url.collection());
        assertEquals(B, url.uuid());
        assertEquals(Optional.of(A), url.parentUuid());
        assertFalse(url.isIn("zaakeigenschappen"), "nested, not top-level");
    }

    @Test
    void dotSegmentsAreRefusedHoweverTheyAreWritten() {
        for (String path : List.of("/zaaktypen/../besluittypen/" + A, "/./zaaktypen/" + A, "/zaaktypen/./" + A,
                "/%2e%2e/zaaktypen/" + A, "/%2E%2E/zaaktypen/" + A, "/.%2e/zaaktypen/" + A,
                "/zaaktypen/%252e%252e/" + A, "/zaaktypen/..%5c" + A, "/zaaktypen/%zz/" + A)) {
            assertEquals(Optional.empty(), ResourceUrl.parse(ZTC + path, ZTC), path);
            assertEquals(Optional.empty(), ResourceUrl.parse(ZTC + path, "/catalogi/api/v1"), path);
        }
        assertTrue(ResourceUrl.hasDotSegment("/a/%2e%2e%2fb"));
        assertFalse(ResourceUrl.hasDotSegment("/a/naam..met.punten"));
    }

    @Test
    void anEncodedSegmentIsNoCollection() {
        assertEquals(Optional.empty(), ResourceUrl.parse(ZTC + "/zaak%2Ftypen/" + A, ZTC));
        assertEquals(Optional.empty(), ResourceUrl.parse(ZTC + "/zaaktypen/" + A.toString().replace("-", "%2D"), ZTC));
    }

    @Test
    void trailingUuidOfAUrlOfAnUnknownRoot() {
        assertEquals(Optional.of(A), ResourceUrl.trailingUuid("https://elders.example.nl/ztc/zaaktypen/" + A));
        assertEquals(Optional.of(A), ResourceUrl.trailingUuid("https://elders.example.nl/ztc/zaaktypen/" + A + "/?x=1"));
        assertEquals(Optional.empty(), ResourceUrl.trailingUuid("https://elders.example.nl/ztc/zaaktypen/1-1-1-1-1"));
        assertEquals(Optional.empty(), ResourceUrl.trailingUuid("https://elders.example.nl/ztc/../" + A));
        assertEquals(Optional.empty(), ResourceUrl.trailingUuid(null));
    }

    @Test
    void collectionOfAUrlWhoseIdIsNoUuid() {
        assertEquals(Optional.of("procestypen"), ResourceUrl.collectionOf("https://sl.example.nl/api/v1/procestypen/7"));
        assertEquals(Optional.empty(), ResourceUrl.collectionOf("https://sl.example.nl/7"));
    }
}
