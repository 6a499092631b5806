package io.communityedu.programmes.events;

import io.communityedu.programmes.domain.Community;

/** {@code CommunityRegistered}: key communityCode. */
public record CommunityRegistered(String communityCode, String name, String district) {

    public static final String TYPE = "CommunityRegistered";

    static CommunityRegistered of(Community c) {
        return new CommunityRegistered(c.code, c.name, c.district);
    }
}
