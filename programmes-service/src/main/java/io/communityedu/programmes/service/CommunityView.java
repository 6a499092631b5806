package io.communityedu.programmes.service;

import io.communityedu.programmes.domain.Community;

import java.time.Instant;

/** A registered community. */
public record CommunityView(String code, String name, String district, Instant createdAt) {

    static CommunityView of(Community community) {
        return new CommunityView(community.code, community.name, community.district, community.createdAt);
    }
}
