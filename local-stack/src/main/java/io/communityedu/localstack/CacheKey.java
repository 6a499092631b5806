package io.communityedu.localstack;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A short name for what a cached folder was made from: a change in any part names another folder. */
final class CacheKey {

    private CacheKey() {
    }

    /** The first 12 hex digits of SHA-256 over the parts, each followed by a 0 byte so that ("ab", "c") ≠ ("a", "bc"). */
    static String of(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                digest.update(part);
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String of(String... parts) {
        byte[][] bytes = new byte[parts.length][];
        for (int i = 0; i < parts.length; i++) {
            bytes[i] = String.valueOf(parts[i]).getBytes(StandardCharsets.UTF_8);
        }
        return of(bytes);
    }
}
