package io.communityedu.programmes.domain;

/** A teacher, by id and name: how sessions and staff activities name their teachers. */
public record TeacherName(String id, String name) {
}
