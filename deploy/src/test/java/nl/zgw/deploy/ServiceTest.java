package nl.zgw.deploy;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ServiceTest {

    @Test
    void thePortsFollowTheBase() {
        assertEquals(8000, Service.portBase(null));
        assertEquals(8000, Service.portBase(" "));
        assertEquals(9100, Service.portBase("9100"));
        assertEquals(Service.PORT_BASE + 2, Service.ALL.get(1).port());
        assertEquals("zaken", Service.ALL.get(1).api());
    }

    @Test
    void aBaseThatIsNoPortIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Service.portBase("eighty"));
        assertThrows(IllegalArgumentException.class, () -> Service.portBase("65530"));
        assertThrows(IllegalArgumentException.class, () -> Service.portBase("0"));
    }
}
