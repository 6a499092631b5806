package io.communityedu.programmes.teachers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.List;

/** Stores a short list of free texts (a teacher's subjects, qualifications) as one JSON array column. */
@Converter
public class StringListConverter implements AttributeConverter<List<String>, String> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(List<String> values) {
        try {
            return JSON.writeValueAsString(values == null ? List.of() : values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A list of strings cannot be written as JSON", e);
        }
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        try {
            return column == null || column.isEmpty() ? List.of() : List.copyOf(JSON.readValue(column, STRINGS));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored list of strings is not JSON", e);
        }
    }
}
