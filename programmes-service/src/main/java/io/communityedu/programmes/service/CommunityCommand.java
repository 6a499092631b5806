package io.communityedu.programmes.service;

/** A community to register. */
public record CommunityCommand(String code, String name, String district) {
}
