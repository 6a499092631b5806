package io.communityedu.enrolment.draws;

import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The draw order is what anyone recomputes from the seed: tiers first, then the HMAC's hex. */
class DrawOrderTest {

    /** Bytes 0x00..0x1f. */
    private static final String SEED = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";

    @Test
    void knownSeedAndIdsGiveTheKnownOrder() {
        // HMAC-SHA256 under SEED: a -> 5167dd15..., b -> 96c77d0d..., enrolment-1 -> b3ab1598...
        assertEquals("5167dd15d18166a9dd6caa3522f7026f13d2f82c052bb245c9f3366588205222", DrawOrder.key(SEED, "a"));
        assertEquals(List.of(
                        new DrawOrder.Ranked("a", 1, 1),
                        new DrawOrder.Ranked("b", 1, 2),
                        new DrawOrder.Ranked("enrolment-1", 1, 3)),
                DrawOrder.of(SEED, List.of(new DrawOrder.Entry("enrolment-1", 1), new DrawOrder.Entry("b", 1),
                        new DrawOrder.Entry("a", 1))));
    }

    @Test
    void aLowerTierAlwaysComesFirst() {
        assertEquals(List.of(
                        new DrawOrder.Ranked("enrolment-1", 1, 1),
                        new DrawOrder.Ranked("a", 2, 2),
                        new DrawOrder.Ranked("b", 2, 3),
                        new DrawOrder.Ranked("c", 3, 4)),
                DrawOrder.of(SEED, List.of(new DrawOrder.Entry("c", 3), new DrawOrder.Entry("b", 2),
                        new DrawOrder.Entry("a", 2), new DrawOrder.Entry("enrolment-1", 1))));
    }

    @Test
    void manyIdsUnderARandomSeedFollowAnIndependentComputation() throws Exception {
        Random random = new Random(15);
        byte[] seedBytes = new byte[32];
        random.nextBytes(seedBytes);
        String seed = HexFormat.of().formatHex(seedBytes);
        List<DrawOrder.Entry> entries = IntStream.range(0, 200)
                .mapToObj(i -> new DrawOrder.Entry(new UUID(random.nextLong(), random.nextLong()).toString(), 1 + random.nextInt(3)))
                .toList();

        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(seedBytes, "HmacSHA256"));
        List<String[]> keyed = new ArrayList<>();
        for (DrawOrder.Entry e : entries) {
            keyed.add(new String[]{e.enrolmentId(), String.valueOf(e.tier()),
                    HexFormat.of().formatHex(mac.doFinal(e.enrolmentId().getBytes(StandardCharsets.UTF_8)))});
        }
        keyed.sort(Comparator.comparing((String[] k) -> k[1]).thenComparing(k -> k[2]));
        List<DrawOrder.Ranked> expected = IntStream.range(0, keyed.size())
                .mapToObj(i -> new DrawOrder.Ranked(keyed.get(i)[0], Integer.parseInt(keyed.get(i)[1]), i + 1)).toList();

        assertEquals(expected, DrawOrder.of(seed, entries));
        assertEquals(List.of(), DrawOrder.of(seed, List.of()));
    }
}
