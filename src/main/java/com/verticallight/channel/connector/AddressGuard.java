package com.verticallight.channel.connector;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Keeps tenant-given URLs (webhooks, Slack hooks) away from this machine and its network: refuses loopback,
 * private (RFC 1918, fc00::/7), link-local (169.254/16 with the cloud metadata address, fe80::/10), unspecified,
 * multicast, CGNAT (100.64/10) and other reserved addresses, after resolving the host name (every address it
 * resolves to must be public). The operator may allow them ({@code vlos.channels.allow-private-addresses=true}).
 */
public class AddressGuard {

    private final Vertx vertx;
    private final boolean allowPrivate;

    public AddressGuard(Vertx vertx, boolean allowPrivate) {
        this.vertx = vertx;
        this.allowPrivate = allowPrivate;
    }

    /**
     * Why this URL may not be called, or empty when it may. Resolves the host on a worker thread. A name that
     * does not resolve is left to fail when sending.
     */
    public Uni<Optional<String>> refusal(String url) {
        Optional<URI> uri = parse(url);
        if (uri.isEmpty()) {
            return Uni.createFrom().item(Optional.of("must be an absolute http:// or https:// URL"));
        }
        if (allowPrivate) {
            return Uni.createFrom().item(Optional.empty());
        }
        String host = uri.get().getHost();
        return vertx.executeBlocking(Uni.createFrom().item(() -> refusalOf(host)));
    }

    static Optional<URI> parse(String url) {
        try {
            URI uri = new URI(url.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = scheme.equals("http") || scheme.equals("https");
            return web && uri.getHost() != null && !uri.getHost().isBlank() ? Optional.of(uri) : Optional.empty();
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> refusalOf(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        try {
            return Arrays.stream(InetAddress.getAllByName(bare)).filter(AddressGuard::isForbidden).findFirst()
                    .map(address -> "leads to a private or local address (" + address.getHostAddress()
                            + "), which is not allowed");
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** Loopback, private, link-local, unspecified, multicast, CGNAT and reserved ranges, IPv4 and IPv6. */
    public static boolean isForbidden(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return isForbiddenV4(b);
        }
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) { // fc00::/7 unique local
                return true;
            }
            if (isEmbeddedV4(b)) { // ::a.b.c.d, ::ffff:a.b.c.d, 64:ff9b::a.b.c.d
                return isForbiddenV4(Arrays.copyOfRange(b, 12, 16));
            }
        }
        return false;
    }

    private static boolean isForbiddenV4(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first == 0 || first == 10 || first == 127 || first >= 224 // this network, private, loopback, multicast+reserved
                || (first == 100 && second >= 64 && second <= 127) // CGNAT 100.64/10
                || (first == 169 && second == 254) // link-local, cloud metadata
                || (first == 172 && second >= 16 && second <= 31)
                || (first == 192 && second == 168)
                || (first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                || (first == 198 && (second == 18 || second == 19)); // benchmarking
    }

    private static boolean isEmbeddedV4(byte[] b) {
        boolean zeroPrefix = true;
        for (int i = 0; i < 10; i++) {
            zeroPrefix &= b[i] == 0;
        }
        boolean mappedOrCompatible = zeroPrefix && ((b[10] == 0 && b[11] == 0) || (b[10] == (byte) 0xff && b[11] == (byte) 0xff));
        boolean nat64 = b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b;
        return mappedOrCompatible || nat64;
    }
}
