package io.communityedu.programmes.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

import java.io.IOException;
import java.time.Instant;

/**
 * An instant field of a merge patch that may be cleared: absent, the field is left as it is (this
 * object is null); {@code null}, it is cleared ({@link #value()} null); else it becomes the value.
 */
@JsonDeserialize(using = ClearableInstant.Deserializer.class)
public record ClearableInstant(Instant value) {

    static final class Deserializer extends StdDeserializer<ClearableInstant> {

        Deserializer() {
            super(ClearableInstant.class);
        }

        @Override
        public ClearableInstant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return new ClearableInstant(context.readValue(parser, Instant.class));
        }

        @Override
        public ClearableInstant getNullValue(DeserializationContext context) {
            return new ClearableInstant(null);
        }

        @Override
        public Object getAbsentValue(DeserializationContext context) {
            return null;
        }
    }
}
