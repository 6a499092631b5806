package io.communityedu.support.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A wrong type is a 400, not a silent conversion: no "30" for 30, no 30.5 for 30, no number or
 * {@code ""} for a date, no lone surrogate in a string, no trailing garbage, no field given twice.
 * Money keeps its two decimals in plain notation.
 */
@Singleton
public class StrictJsonCustomizer implements ObjectMapperCustomizer {

    /** After Quarkus' customizer that registers the Java time module, so these deserializers win. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        // A field given twice is malformed input (a 400), not the record-creator failure Jackson
        // would otherwise raise for it (an InvalidDefinitionException, which Quarkus answers with a 500).
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        mapper.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        for (LogicalType type : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        // Asked before Jackson's own: registered later (see priority()) than Quarkus' JavaTimeModule.
        mapper.registerModule(new SimpleModule("strict-text")
                .addDeserializer(String.class, new UnicodeTextDeserializer())
                .addDeserializer(LocalDate.class, new TextOnlyDeserializer<>(LocalDate.class, LocalDateDeserializer.INSTANCE))
                .addDeserializer(Instant.class, new TextOnlyDeserializer<>(Instant.class, InstantDeserializer.INSTANT)));
    }
}
