package io.communityedu.support.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

import java.io.IOException;

/**
 * Strings must be Unicode text: a lone surrogate ({@code "\ud800"}) is no character, cannot be
 * stored in utf8mb4 and would come back changed, so it is refused where it arrives.
 */
final class UnicodeTextDeserializer extends StdScalarDeserializer<String> {

    static final String LONE_SURROGATE = "contains a lone surrogate";

    UnicodeTextDeserializer() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String value = StringDeserializer.instance.deserialize(parser, context);
        if (value != null && hasLoneSurrogate(value)) {
            throw InvalidFormatException.from(parser, LONE_SURROGATE, value, String.class);
        }
        return value;
    }

    static boolean hasLoneSurrogate(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
