package nl.zgw.besluiten.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What the handlers read of the other APIs' answers and which URLs they call, on their own. */
class SpiegelsUnitTest {

    private static final String EIO = "http://drc.example.nl/documenten/api/v1/enkelvoudiginformatieobjecten/"
            + "0b8b4ba5-3f51-4d0b-9d6d-0f3f0b1c2a11";
    private static final String BESLUIT = "http://brc.example.nl/besluiten/api/v1/besluiten/"
            + "6f1ad1b4-47a6-4a8d-a0d6-2d6f5a93d1c2";
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void theObjectinformatieobjectenCollectionIsBesideTheDocument() {
        assertEquals("http://drc.example.nl/documenten/api/v1/objectinformatieobjecten",
                Objectinformatieobjecten.collection(EIO));
        assertEquals("http://drc.example.nl/documenten/api/v1/objectinformatieobjecten?object="
                        + "http%3A%2F%2Fbrc.example.nl%2Fbesluiten%2Fapi%2Fv1%2Fbesluiten%2F"
                        + "6f1ad1b4-47a6-4a8d-a0d6-2d6f5a93d1c2&informatieobject="
                        + "http%3A%2F%2Fdrc.example.nl%2Fdocumenten%2Fapi%2Fv1%2Fenkelvoudiginformatieobjecten%2F"
                        + "0b8b4ba5-3f51-4d0b-9d6d-0f3f0b1c2a11",
                Objectinformatieobjecten.query(EIO, BESLUIT));
        assertThrows(IllegalArgumentException.class, () -> Objectinformatieobjecten.collection(BESLUIT));
    }

    @Test
    void onlyTheMirrorOfThisRelationMatches() throws Exception {
        JsonNode list = mapper.readTree("[{\"url\":\"u1\",\"object\":\"" + BESLUIT + "\",\"informatieobject\":\""
                + EIO + "\"},{\"url\":\"u2\",\"object\":\"ander\",\"informatieobject\":\"" + EIO + "\"}]");
        List<JsonNode> found = Objectinformatieobjecten.matching(list, EIO, BESLUIT);
        assertEquals(1, found.size());
        assertEquals("u1", found.get(0).path("url").asText());
        assertEquals(0, Objectinformatieobjecten.matching(mapper.readTree("{}"), EIO, BESLUIT).size());
    }

    @Test
    void theZaakbesluitOfThisBesluitIsFoundInAPlainArrayOrAPage() throws Exception {
        JsonNode array = mapper.readTree("[{\"url\":\"z1\",\"besluit\":\"ander\"},{\"url\":\"z2\",\"besluit\":\""
                + BESLUIT + "\"}]");
        assertEquals("z2", Zaakbesluiten.find(array, BESLUIT).path("url").asText());
        JsonNode page = mapper.readTree("{\"count\":1,\"results\":[{\"url\":\"z3\",\"besluit\":\"" + BESLUIT
                + "\"}]}");
        assertEquals("z3", Zaakbesluiten.find(page, BESLUIT).path("url").asText());
        assertNull(Zaakbesluiten.find(mapper.readTree("[]"), BESLUIT));
    }
}
