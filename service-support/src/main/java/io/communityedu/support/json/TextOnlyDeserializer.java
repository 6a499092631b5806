package io.communityedu.support.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import java.io.IOException;

/**
 * Dates and instants only from a non-empty JSON string: Jackson's own would read a number as days
 * or seconds since 1970 and {@code ""} as null, turning a client's mistake into a wrong value.
 */
final class TextOnlyDeserializer<T> extends StdScalarDeserializer<T> {

    private final JsonDeserializer<T> delegate;

    TextOnlyDeserializer(Class<T> type, JsonDeserializer<T> delegate) {
        super(type);
        this.delegate = delegate;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (!parser.hasToken(JsonToken.VALUE_STRING) || parser.getText().isBlank()) {
            throw MismatchedInputException.from(parser, handledType(),
                    "Expected a non-empty string for " + handledType().getSimpleName());
        }
        return delegate.deserialize(parser, context);
    }
}
