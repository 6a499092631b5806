package io.communityedu.localstack;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.format.PatternFormat;
import com.networknt.schema.path.PathType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks an event against its message's payload schema in docs/asyncapi.yaml with a JSON Schema
 * validator. Producers check what they send, consumers what they read.
 */
public final class EventContract {

    // An event is one JSON value: trailing text makes it garbage, as it would for a strict consumer.
    private static final ObjectMapper JSON = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    // AsyncAPI 3's default schema format is a superset of JSON Schema draft 7 (the document uses none of
    // the additions). Its uuid format takes either case; ours is lowercase, as UUID.toString writes it,
    // since consumers compare ids as text.
    private static final Dialect DIALECT = Dialect.builder("urn:communityedu:asyncapi-schema", Dialects.getDraft7())
            .format(PatternFormat.of("uuid", "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", "format.uuid"))
            .build();

    // Formats asserted, not just annotated; messages name JSON paths ($.data.year) in one language.
    private static final SchemaRegistryConfig CONFIG = SchemaRegistryConfig.builder()
            .formatAssertionsEnabled(true)
            .pathType(PathType.JSON_PATH)
            .locale(Locale.ENGLISH)
            .build();

    private final Map<String, Schema> payloads;

    private EventContract(Map<String, Schema> payloads) {
        this.payloads = payloads;
    }

    /** The project's AsyncAPI document, found from the working directory upwards. */
    public static EventContract load() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("docs/asyncapi.yaml"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("docs/asyncapi.yaml not found above " + Path.of("").toAbsolutePath());
        }
        Path file = dir.resolve("docs/asyncapi.yaml");
        String yaml;
        JsonNode messages;
        try {
            yaml = Files.readString(file);
            messages = new YAMLMapper().readTree(yaml).path("components").path("messages");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The whole document is one schema resource under its file IRI, so each payload is a JSON pointer
        // into it and its '#/components/schemas/...' references resolve within it.
        String iri = file.toUri().toString();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(DIALECT,
                builder -> builder.schemaRegistryConfig(CONFIG).schemas(Map.of(iri, yaml)));
        Map<String, Schema> payloads = new HashMap<>();
        messages.fieldNames().forEachRemaining(name -> {
            Schema payload = registry.getSchema(SchemaLocation.of(iri + "#/components/messages/" + name + "/payload"));
            // Resolves every reference now: a broken one fails here, not in the middle of a test.
            payload.initializeValidators();
            payloads.put(name, payload);
        });
        return new EventContract(Map.copyOf(payloads));
    }

    /** Fails with every violation listed when the event does not match its message's schema. */
    public void check(String eventJson) {
        List<String> violations = violations(eventJson);
        if (!violations.isEmpty()) {
            throw new AssertionError("Event breaks docs/asyncapi.yaml: " + violations + "\n" + eventJson);
        }
    }

    public List<String> violations(String eventJson) {
        JsonNode event;
        try {
            event = JSON.readTree(eventJson);
        } catch (IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
        String type = event.path("type").asText();
        Schema payload = payloads.get(type);
        if (payload == null) {
            return List.of("no message named " + type);
        }
        // distinct: allOf applies the envelope's and the message's schema of `data` to the same value.
        return payload.validate(event).stream().map(Error::toString).distinct().toList();
    }
}
