package io.communityedu.localstack.layers.tidy.domain;

public record Place(String name) {
}
