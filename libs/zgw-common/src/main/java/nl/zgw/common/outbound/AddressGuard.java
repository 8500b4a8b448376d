package nl.zgw.common.outbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Protection against server-side request forgery: a URL given by a client (a callback, a reference) must not make this
 * service call an address inside its own network. Refused unless allow-listed ({@code zgw.outbound.allowed-private-hosts}):
 * loopback, link-local (169.254.169.254, the cloud metadata service, included), private (10/8, 172.16/12, 192.168/16),
 * shared (100.64/10), unique-local (fc00::/7), the unspecified 0.0.0.0 and ::, and IPv4-mapped forms of these. The host
 * is resolved at every check, since DNS may change between the write and the call; every address it resolves to must
 * be acceptable.
 */
@ApplicationScoped
public class AddressGuard {

    /** Name resolution, replaceable in tests. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private static final Pattern AMBIGUOUS_IPV4 =
            Pattern.compile("(0x[0-9a-f]*|[0-9]+)(\\.(0x[0-9a-f]*|[0-9]+)){0,3}\\.?");
    private static final Pattern CANONICAL_IPV4 =
            Pattern.compile("((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])");

    private final Set<String> allowedNames = new HashSet<>();
    private final List<Cidr> allowedRanges = new ArrayList<>();
    private final Resolver resolver;

    @Inject
    public AddressGuard(OutboundConfig config) {
        this(config.allowedPrivateHosts().orElse(List.of()), InetAddress::getAllByName);
    }

    public AddressGuard(List<String> allowed, Resolver resolver) {
        this.resolver = resolver;
        for (String entry : allowed) {
            String e = entry.trim().toLowerCase(Locale.ROOT);
            if (e.isEmpty()) {
                continue;
            }
            Cidr range = Cidr.parse(e);
            if (range != null) {
                allowedRanges.add(range);
            } else {
                allowedNames.add(e);
            }
        }
    }

    /** Refuses {@code uri} when its host is or resolves to a non-public address that is not allow-listed. */
    public void check(URI uri) {
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw new RefusedAddressException("De URL heeft geen host.");
        }
        String name = host.toLowerCase(Locale.ROOT);
        if (name.startsWith("[") && name.endsWith("]")) {
            name = name.substring(1, name.length() - 1);
        }
        if (allowedNames.contains(name)) {
            return;
        }
        if (AMBIGUOUS_IPV4.matcher(name).matches() && !CANONICAL_IPV4.matcher(name).matches()) {
            // 0177.0.0.1, 0x7f000001, 2130706433, 127.1: read differently by different parsers (Java reads 0177 as
            // decimal 177, others as octal 127); only the canonical dotted form is accepted
            throw new RefusedAddressException("Het IP-adres " + host + " staat niet in de gewone schrijfwijze (a.b.c.d).");
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(name);
        } catch (UnknownHostException e) {
            throw new RefusedAddressException("De host " + host + " is onbekend.");
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address) && allowedRanges.stream().noneMatch(r -> r.contains(address))) {
                throw new RefusedAddressException("De host " + host + " verwijst naar een intern adres ("
                        + address.getHostAddress() + "); dat is niet toegestaan.");
            }
        }
    }

    /** Is this an address on the public internet (not loopback, link-local, private, shared or unique-local)? */
    public static boolean isPublic(InetAddress address) {
        InetAddress a = unmapped(address);
        if (a.isAnyLocalAddress() || a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first != 0 // 0/8 "this network"
                    && !(first == 100 && second >= 64 && second < 128) // 100.64/10 shared address space (CGNAT)
                    && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // 192.0.0/24 protocol assignments
                    && first < 240; // reserved and broadcast
        }
        return (b[0] & 0xfe) != 0xfc; // fc00::/7 unique local
    }

    /** An IPv4 address written as IPv6 ({@code ::ffff:127.0.0.1}, {@code ::127.0.0.1}) is judged as IPv4. */
    private static InetAddress unmapped(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return address;
        }
        byte[] b = address.getAddress();
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return address;
            }
        }
        boolean mapped = (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = b[10] == 0 && b[11] == 0 && !(b[12] == 0 && b[13] == 0 && b[14] == 0);
        if (!mapped && !compatible) {
            return address;
        }
        try {
            return InetAddress.getByAddress(new byte[]{b[12], b[13], b[14], b[15]});
        } catch (UnknownHostException e) {
            return address;
        }
    }

    /** An address range {@code a.b.c.d/n} or {@code fc00::/7}, or one address. */
    record Cidr(byte[] network, int prefix) {

        static Cidr parse(String spec) {
            String[] parts = spec.split("/", 2);
            if (!isLiteral(parts[0])) {
                return null;
            }
            try {
                byte[] network = InetAddress.getByName(parts[0]).getAddress();
                int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : network.length * 8;
                return prefix < 0 || prefix > network.length * 8 ? null : new Cidr(network, prefix);
            } catch (UnknownHostException | NumberFormatException e) {
                return null;
            }
        }

        boolean contains(InetAddress address) {
            byte[] a = address.getAddress();
            if (a.length != network.length) {
                a = unmapped(address).getAddress();
                if (a.length != network.length) {
                    return false;
                }
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((a[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }

        /** Only IP literals, so that parsing an allowlist entry never asks DNS. */
        private static boolean isLiteral(String s) {
            return s.contains(":") || s.matches("[0-9.]+");
        }
    }
}
