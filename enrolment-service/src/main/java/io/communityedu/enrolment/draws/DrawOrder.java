package io.communityedu.enrolment.draws;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The draw order, computable by anyone from the published seed: tier 1 before 2 before 3, and within a tier by
 * ascending lowercase hex of HMAC-SHA256(key = the seed's bytes, message = the enrolment id as UTF-8).
 */
public final class DrawOrder {

    private DrawOrder() {
    }

    /** An application to be ranked. */
    public record Entry(String enrolmentId, int tier) {
    }

    /** An application with its 1-based place in the draw order. */
    public record Ranked(String enrolmentId, int tier, int rank) {
    }

    /** The applications in draw order, ranked 1..n. */
    public static List<Ranked> of(String seedHex, List<Entry> entries) {
        Mac mac = mac(seedHex);
        List<Keyed> keyed = entries.stream()
                .map(e -> new Keyed(e, key(mac, e.enrolmentId())))
                .sorted(Comparator.comparingInt((Keyed k) -> k.entry().tier()).thenComparing(Keyed::key)
                        .thenComparing(k -> k.entry().enrolmentId()))
                .toList();
        return IntStream.range(0, keyed.size())
                .mapToObj(i -> new Ranked(keyed.get(i).entry().enrolmentId(), keyed.get(i).entry().tier(), i + 1))
                .toList();
    }

    /** The lowercase hex HMAC of one enrolment id, the key it is ordered by within its tier. */
    public static String key(String seedHex, String enrolmentId) {
        return key(mac(seedHex), enrolmentId);
    }

    private static String key(Mac mac, String enrolmentId) {
        return HexFormat.of().formatHex(mac.doFinal(enrolmentId.getBytes(StandardCharsets.UTF_8)));
    }

    private static Mac mac(String seedHex) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(HexFormat.of().parseHex(seedHex), "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
        }
    }

    private record Keyed(Entry entry, String key) {
    }
}
