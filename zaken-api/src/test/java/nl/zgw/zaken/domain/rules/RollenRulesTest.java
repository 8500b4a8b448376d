package nl.zgw.zaken.domain.rules;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of rollen, zaakobjecten, klantcontacten and zaaknotities, each with its code. */
class RollenRulesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void invalidBetrokkeneWithoutUrlOrIdentificatie() {
        assertEquals("invalid-betrokkene", RolBetrokkeneVereist.check(null, null).orElseThrow().code());
        assertEquals("nonFieldErrors", RolBetrokkeneVereist.check("", JSON.createObjectNode()).orElseThrow().name());
        assertTrue(RolBetrokkeneVereist.check("https://brp.example/p/1", null).isEmpty());
        ObjectNode id = JSON.createObjectNode().put("inpBsn", "123456782");
        assertTrue(RolBetrokkeneVereist.check(null, id).isEmpty());
    }

    @Test
    void maxOccurencesOfInitiatorAndZaakcoordinator() {
        assertEquals("max-occurences", RolMaxAantal.check("initiator", null, 1).orElseThrow().code());
        assertEquals("roltype", RolMaxAantal.check("zaakcoordinator", null, 1).orElseThrow().name());
        assertTrue(RolMaxAantal.check("initiator", null, 0).isEmpty());
        assertTrue(RolMaxAantal.check("initiator", "initiator", 1).isEmpty(), "an update of the initiator itself");
        assertTrue(RolMaxAantal.check("behandelaar", null, 5).isEmpty());
    }

    @Test
    void zaakArchiefstatusMustBeNogTeArchiveren() {
        assertTrue(ZaakArchiefstatusToegestaan.check("nog_te_archiveren").isEmpty());
        assertEquals("zaak-archiefstatus-invalid", ZaakArchiefstatusToegestaan.check("gearchiveerd").orElseThrow().code());
    }

    @Test
    void zaakobjectNeedsObjectOrIdentificatie() {
        assertEquals("invalid-zaakobject", ZaakobjectBronVereist.check("", null).orElseThrow().code());
        assertTrue(ZaakobjectBronVereist.check("https://bag.example/pand/1", null).isEmpty());
    }

    @Test
    void objectTypeOverigeRules() {
        assertEquals("missing-object-type-overige",
                ObjectTypeOverigeGebruik.check("overige", "", null, "").orElseThrow().code());
        assertEquals("invalid-object-type-overige-usage",
                ObjectTypeOverigeGebruik.check("pand", "boom", null, "").orElseThrow().code());
        assertTrue(ObjectTypeOverigeGebruik.check("overige", "boom", null, "").isEmpty());
        ObjectNode definitie = JSON.createObjectNode().put("url", "https://x.example/t").put("schema", ".s")
                .put("objectData", ".d");
        assertEquals("object", ObjectTypeOverigeGebruik.check("overige", "", definitie, "").orElseThrow().name());
        assertTrue(ObjectTypeOverigeGebruik.check("overige", "", definitie, "https://x.example/o/1").isEmpty());
    }

    @Test
    void immutableFieldsAndNotitieStatusAndDateInFuture() {
        assertEquals("wijzigen-niet-toegelaten", NietWijzigbaar.check("roltype", "a", "b").orElseThrow().code());
        assertTrue(NietWijzigbaar.check("roltype", "a", "a").isEmpty());
        assertEquals("status", NotitieAlleenConcept.check("definitief").orElseThrow().name());
        assertTrue(NotitieAlleenConcept.check("concept").isEmpty());
        java.time.OffsetDateTime nu = java.time.OffsetDateTime.now();
        assertEquals("date-in-future", DatumNietInToekomst.check("datumtijd", nu.plusHours(1), nu).orElseThrow().code());
        assertTrue(DatumNietInToekomst.check("datumtijd", nu.plusMinutes(1), nu).isEmpty());
    }
}
