package io.communityedu.localstack;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class CacheKeyTest {

    @Test
    void theSamePartsNameTheSameFolderAndAnyChangeAnother() {
        assertEquals(12, CacheKey.of("11.4.5", "amd64").length());
        assertEquals(CacheKey.of("11.4.5", "amd64"), CacheKey.of("11.4.5", "amd64"));
        assertNotEquals(CacheKey.of("11.4.5", "amd64"), CacheKey.of("11.4.6", "amd64"));
        assertNotEquals(CacheKey.of("ab", "c"), CacheKey.of("a", "bc"));
        assertEquals(CacheKey.of("社区"), CacheKey.of("社区".getBytes(StandardCharsets.UTF_8)));
    }
}
