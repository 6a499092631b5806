package io.communityedu.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks an event against its message schema in docs/asyncapi.yaml: the subset of JSON Schema the
 * document uses ($ref, allOf, type, required, properties, additionalProperties, enum, const, items,
 * minimum, maximum, formats uuid/date/date-time). Producers check what they send, consumers what they read.
 */
public final class EventContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern UUID = Pattern.compile("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");

    private final JsonNode document;

    private EventContract(JsonNode document) {
        this.document = document;
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
        try {
            return new EventContract(new ObjectMapper(new YAMLFactory()).readTree(dir.resolve("docs/asyncapi.yaml").toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        JsonNode message = document.at("/components/messages/" + type);
        if (message.isMissingNode()) {
            return List.of("no message named " + type);
        }
        List<String> violations = new ArrayList<>();
        validate(event, message.get("payload"), "$", violations);
        return violations;
    }

    private void validate(JsonNode value, JsonNode schema, String path, List<String> out) {
        if (schema.has("$ref")) {
            validate(value, resolve(schema.get("$ref").asText()), path, out);
        }
        if (schema.has("allOf")) {
            schema.get("allOf").forEach(part -> validate(value, part, path, out));
        }
        if (schema.has("type") && !typeMatches(value, schema.get("type"))) {
            out.add(path + ": expected " + schema.get("type") + " but was " + value.getNodeType());
            return;
        }
        if (schema.has("const") && !schema.get("const").equals(value)) {
            out.add(path + ": expected " + schema.get("const") + " but was " + value);
        }
        if (schema.has("enum") && !value.isNull() && !contains(schema.get("enum"), value)) {
            out.add(path + ": " + value + " is not one of " + schema.get("enum"));
        }
        if (value.isNumber() && schema.has("minimum") && value.decimalValue().compareTo(new BigDecimal(schema.get("minimum").asText())) < 0) {
            out.add(path + ": below minimum " + schema.get("minimum"));
        }
        if (value.isNumber() && schema.has("maximum") && value.decimalValue().compareTo(new BigDecimal(schema.get("maximum").asText())) > 0) {
            out.add(path + ": above maximum " + schema.get("maximum"));
        }
        if (value.isTextual() && schema.has("format")) {
            checkFormat(value.asText(), schema.get("format").asText(), path, out);
        }
        if (value.isObject()) {
            schema.path("required").forEach(r -> {
                if (!value.has(r.asText())) {
                    out.add(path + ": missing required " + r.asText());
                }
            });
            JsonNode properties = schema.path("properties");
            for (Iterator<String> names = value.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (properties.has(name)) {
                    validate(value.get(name), properties.get(name), path + "." + name, out);
                } else if (schema.path("additionalProperties").isBoolean() && !schema.get("additionalProperties").asBoolean()) {
                    out.add(path + ": undeclared field " + name);
                }
            }
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                validate(value.get(i), schema.get("items"), path + "[" + i + "]", out);
            }
        }
    }

    private JsonNode resolve(String ref) {
        JsonNode target = document.at(ref.substring(1));
        if (target.isMissingNode()) {
            throw new IllegalStateException("docs/asyncapi.yaml has no " + ref);
        }
        return target;
    }

    private static boolean typeMatches(JsonNode value, JsonNode type) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (typeMatches(value, t)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            default -> false;
        };
    }

    private static boolean contains(JsonNode values, JsonNode value) {
        for (JsonNode v : values) {
            if (v.asText().equals(value.asText())) {
                return true;
            }
        }
        return false;
    }

    private static void checkFormat(String text, String format, String path, List<String> out) {
        try {
            switch (format) {
                case "uuid" -> {
                    if (!UUID.matcher(text).matches()) {
                        out.add(path + ": not a uuid: " + text);
                    }
                }
                case "date" -> LocalDate.parse(text);
                case "date-time" -> Instant.parse(text);
                default -> { }
            }
        } catch (DateTimeParseException e) {
            out.add(path + ": not a " + format + ": " + text);
        }
    }
}
