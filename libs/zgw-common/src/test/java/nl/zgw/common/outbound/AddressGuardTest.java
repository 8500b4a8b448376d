package nl.zgw.common.outbound;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Server-side request forgery (issue 10 item 5): an outbound URL that is or resolves to an address inside the network
 * is refused unless allow-listed, however the address is written.
 */
class AddressGuardTest {

    private final AddressGuard strict = new AddressGuard(List.of(), InetAddress::getAllByName);

    private static RefusedAddressException refused(AddressGuard guard, String url) {
        return assertThrows(RefusedAddressException.class, () -> guard.check(URI.create(url)), url);
    }

    @Test
    void aNameThatResolvesToLoopbackIsRefused() {
        RefusedAddressException e = refused(strict, "http://localhost:8080/hook");
        assertTrue(e.getMessage().startsWith("De host localhost verwijst naar een intern adres ("), e.getMessage());
    }

    @Test
    void internalAddressesInEveryRangeAreRefused() {
        for (String url : List.of("http://127.0.0.1/", "http://127.1.2.3/", "http://169.254.169.254/latest/meta-data",
                "http://10.0.0.1/", "http://172.16.0.1/", "http://172.31.255.255/", "http://192.168.1.1/",
                "http://100.64.0.1/", "http://100.127.255.255/", "http://0.0.0.0/", "http://[::]/", "http://[::1]/",
                "http://[fe80::1]/", "http://[fc00::1]/", "http://[fd12:3456::1]/", "http://[::ffff:127.0.0.1]/",
                "http://[::ffff:169.254.169.254]/", "http://[::ffff:10.0.0.1]/")) {
            refused(strict, url);
        }
    }

    /**
     * Java reads 2130706433 as 127.0.0.1 but 0177.0.0.1 as the public 177.0.0.1, where other parsers read octal 127:
     * every numeric form but the canonical dotted one is refused, whatever it would resolve to.
     */
    @Test
    void decimalOctalAndHexFormsAreRefused() {
        for (String url : List.of("http://2130706433/", "http://0177.0.0.1/", "http://0x7f000001/", "http://127.1/",
                "http://0x7f.0.0.1/", "http://010.0.0.1/", "http://0250.0376.0251.0376/", "http://3232235777/")) {
            RefusedAddressException e = refused(strict, url);
            String host = URI.create(url).getHost(); // java.net.URI reads some of these as no host at all
            assertEquals(host == null ? "De URL heeft geen host."
                    : "Het IP-adres " + host + " staat niet in de gewone schrijfwijze (a.b.c.d).", e.getMessage());
        }
        assertDoesNotThrow(() -> strict.check(URI.create("http://177.0.0.1/")), "canonical and public");
        AddressGuard publicDns = new AddressGuard(List.of(), host -> new InetAddress[]{InetAddress.getByName("93.184.216.34")});
        assertDoesNotThrow(() -> publicDns.check(URI.create("http://cafe.example.nl/")), "a name of hex letters");
        assertDoesNotThrow(() -> publicDns.check(URI.create("http://cafe/")), "a name of hex letters");
    }

    @Test
    void publicAddressesPass() {
        for (String url : List.of("https://93.184.216.34/hook", "https://[2001:db8::1]/hook", "http://8.8.8.8/",
                "http://172.32.0.1/", "http://100.128.0.1/", "http://11.0.0.1/")) {
            assertDoesNotThrow(() -> strict.check(URI.create(url)), url);
        }
    }

    @Test
    void theAllowlistTakesNamesAddressesAndRanges() {
        AddressGuard guard = new AddressGuard(List.of("localhost", "10.1.0.0/16", "fd00::/8", " 192.168.1.5 "),
                InetAddress::getAllByName);
        assertDoesNotThrow(() -> guard.check(URI.create("http://localhost:1/hook")));
        assertDoesNotThrow(() -> guard.check(URI.create("http://10.1.200.3/hook")));
        assertDoesNotThrow(() -> guard.check(URI.create("http://[fd00::5]/hook")));
        assertDoesNotThrow(() -> guard.check(URI.create("http://192.168.1.5/hook")));
        refused(guard, "http://10.2.0.1/hook");
        refused(guard, "http://192.168.1.6/hook");
        refused(guard, "http://127.0.0.1/hook"); // the name localhost is allowed, not the loopback range
        refused(guard, "http://169.254.169.254/");
    }

    @Test
    void everyCheckResolvesAgainSoADnsChangeIsSeen() {
        AtomicReference<String> answer = new AtomicReference<>("93.184.216.34");
        AddressGuard guard = new AddressGuard(List.of(), host -> new InetAddress[]{InetAddress.getByName(answer.get())});
        assertDoesNotThrow(() -> guard.check(URI.create("https://subscriber.example.nl/hook")));
        answer.set("169.254.169.254");
        RefusedAddressException e = refused(guard, "https://subscriber.example.nl/hook");
        assertEquals("De host subscriber.example.nl verwijst naar een intern adres (169.254.169.254); dat is niet "
                + "toegestaan.", e.getMessage());
    }

    @Test
    void oneInternalAddressAmongManyIsEnoughToRefuse() throws UnknownHostException {
        InetAddress[] both = {InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.0.0.7")};
        AddressGuard guard = new AddressGuard(List.of(), host -> both);
        refused(guard, "https://subscriber.example.nl/hook");
    }

    @Test
    void anUnknownHostIsRefused() {
        AddressGuard guard = new AddressGuard(List.of(), host -> {
            throw new UnknownHostException(host);
        });
        assertEquals("De host nergens.invalid is onbekend.", refused(guard, "https://nergens.invalid/").getMessage());
    }
}
