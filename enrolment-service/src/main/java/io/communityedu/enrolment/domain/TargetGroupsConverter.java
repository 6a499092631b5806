package io.communityedu.enrolment.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores target groups as one comma-separated column, in declaration order. */
@Converter
public class TargetGroupsConverter implements AttributeConverter<Set<TargetGroup>, String> {

    @Override
    public String convertToDatabaseColumn(Set<TargetGroup> groups) {
        return groups == null ? null : groups.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<TargetGroup> convertToEntityAttribute(String column) {
        EnumSet<TargetGroup> groups = EnumSet.noneOf(TargetGroup.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(TargetGroup::valueOf).forEach(groups::add);
        }
        return groups;
    }
}
