package nl.zgw.zaken.domain;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The filter columns of a rol come from its own betrokkeneType's group only. */
class BetrokkeneSleutelsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Rol rol(String type, String identificatie) throws Exception {
        Rol r = new Rol();
        r.betrokkeneType = type;
        r.betrokkeneIdentificatie = JSON.readTree(identificatie.replace('\'', '"'));
        BetrokkeneSleutels.zet(r);
        return r;
    }

    @Test
    void eachTypeFillsItsOwnColumns() throws Exception {
        Rol np = rol("natuurlijk_persoon", "{'inpBsn':'123456782','anpIdentificatie':'a','inpA_nummer':'1234567890'}");
        assertEquals("123456782", np.inpBsn);
        assertEquals("a", np.anpIdentificatie);
        assertEquals("1234567890", np.inpANummer);
        Rol nnp = rol("niet_natuurlijk_persoon", "{'innNnpId':'111222333','annIdentificatie':'b'}");
        assertEquals("111222333", nnp.innNnpId);
        assertEquals("b", nnp.annIdentificatie);
        assertEquals("v1", rol("vestiging", "{'vestigingsNummer':'v1'}").vestigingsNummer);
        Rol mw = rol("medewerker", "{'identificatie':'m1'}");
        assertEquals("m1", mw.medewerkerIdentificatie);
        assertNull(mw.orgEenheidIdentificatie);
        Rol oe = rol("organisatorische_eenheid", "{'identificatie':'o1'}");
        assertEquals("o1", oe.orgEenheidIdentificatie);
        assertNull(oe.medewerkerIdentificatie);
    }

    @Test
    void anEmptyValueIsNoKeyAndAReplacedGroupClearsTheOldKeys() throws Exception {
        assertNull(rol("natuurlijk_persoon", "{'inpBsn':''}").inpBsn);
        Rol r = rol("natuurlijk_persoon", "{'inpBsn':'123456782'}");
        r.betrokkeneType = "medewerker";
        r.betrokkeneIdentificatie = JSON.readTree("{\"identificatie\":\"m\"}");
        BetrokkeneSleutels.zet(r);
        assertNull(r.inpBsn);
        assertEquals("m", r.medewerkerIdentificatie);
    }
}
