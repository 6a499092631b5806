package io.communityedu.gateway.routing;

import io.communityedu.gateway.config.GatewayConfig;
import io.netty.util.NetUtil;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Arrays;
import java.util.List;

/**
 * The proxies in front of the gateway whose {@code X-Forwarded-*} headers are believed
 * ({@code gateway.trusted-proxies}, CIDRs or single addresses, none by default), and so who the client
 * of a request is: the peer itself, or, when the peer is a trusted proxy, the nearest address in its
 * {@code X-Forwarded-For} that is not one of them.
 */
@ApplicationScoped
public class TrustedProxies {

    private record Cidr(byte[] network, int prefix) {

        static Cidr parse(String text) {
            String[] parts = text.trim().split("/", 2);
            byte[] address = NetUtil.createByteArrayFromIpAddressString(parts[0]);
            if (address == null) {
                throw new IllegalArgumentException("gateway.trusted-proxies: not an IP address or CIDR: " + text);
            }
            int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : address.length * 8;
            if (prefix < 0 || prefix > address.length * 8) {
                throw new IllegalArgumentException("gateway.trusted-proxies: bad prefix length: " + text);
            }
            return new Cidr(address, prefix);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int whole = prefix / 8;
            if (!Arrays.equals(address, 0, whole, network, 0, whole)) {
                return false;
            }
            int rest = prefix % 8;
            int mask = (0xff << (8 - rest)) & 0xff;
            return rest == 0 || (address[whole] & mask) == (network[whole] & mask);
        }
    }

    private final List<Cidr> trusted;

    TrustedProxies(GatewayConfig config) {
        this.trusted = config.trustedProxies().orElse(List.of()).stream()
                .filter(text -> !text.isBlank()).map(Cidr::parse).toList();
    }

    /** Whether the address (an IP literal) belongs to a trusted proxy. */
    public boolean trusted(String address) {
        if (trusted.isEmpty() || address == null) {
            return false;
        }
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(address.trim());
        if (bytes == null) {
            return false;
        }
        if (bytes.length == 16 && isIpv4Mapped(bytes)) {
            bytes = Arrays.copyOfRange(bytes, 12, 16);
        }
        byte[] candidate = bytes;
        return trusted.stream().anyMatch(cidr -> cidr.contains(candidate));
    }

    /** The address of the peer that connected to the gateway. */
    public static String peer(HttpServerRequest request) {
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }

    /**
     * The client the request comes from: the peer, unless it is a trusted proxy, then the rightmost
     * address of its {@code X-Forwarded-For} that is not a trusted proxy (the leftmost if all are).
     */
    public String client(HttpServerRequest request) {
        String peer = peer(request);
        if (!trusted(peer)) {
            return peer;
        }
        List<String> chain = request.headers().getAll("X-Forwarded-For").stream()
                .flatMap(value -> Arrays.stream(value.split(","))).map(String::trim).filter(s -> !s.isEmpty()).toList();
        for (int i = chain.size() - 1; i >= 0; i--) {
            if (!trusted(chain.get(i))) {
                return chain.get(i);
            }
        }
        return chain.isEmpty() ? peer : chain.get(0);
    }

    private static boolean isIpv4Mapped(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
    }
}
