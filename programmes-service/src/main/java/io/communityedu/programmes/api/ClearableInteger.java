package io.communityedu.programmes.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

import java.io.IOException;

/**
 * An integer field of a merge patch that may be cleared: absent, the field is left as it is (this
 * object is null); {@code null}, it is cleared ({@link #value()} null); else it becomes the value.
 * Bean validation does not reach inside: the service checks the value's range.
 */
@JsonDeserialize(using = ClearableInteger.Deserializer.class)
public record ClearableInteger(Integer value) {

    static final class Deserializer extends StdDeserializer<ClearableInteger> {

        Deserializer() {
            super(ClearableInteger.class);
        }

        @Override
        public ClearableInteger deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return new ClearableInteger(context.readValue(parser, Integer.class));
        }

        @Override
        public ClearableInteger getNullValue(DeserializationContext context) {
            return new ClearableInteger(null);
        }

        @Override
        public Object getAbsentValue(DeserializationContext context) {
            return null;
        }
    }
}
