package io.communityedu.support.security;

import java.util.List;
import java.util.Set;

/**
 * The caller as of one request, detached from it: for work decided on another thread (a batch of
 * enrolments) by the same rules as {@link Caller}'s.
 */
public record CallerSnapshot(boolean anonymous, String subject, String clientId, List<String> roles,
                             Set<String> communities) {

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** Officers and admins act in every community. */
    public boolean isDistrictWide() {
        return hasRole(Roles.ADMIN) || hasRole(Roles.DISTRICT_OFFICER);
    }

    /** Officers, admins and staff of that community may act on its data. */
    public boolean mayActIn(String communityCode) {
        return isDistrictWide() || hasRole(Roles.COMMUNITY_STAFF) && communities.contains(communityCode);
    }
}
