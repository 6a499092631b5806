package io.communityedu.support.security;

import java.util.List;

/** The realm roles of API.md "Identity and access", as Keycloak puts them in {@code realm_access.roles}. */
public final class Roles {

    public static final String RESIDENT = "resident";
    public static final String COMMUNITY_STAFF = "community-staff";
    public static final String DISTRICT_OFFICER = "district-officer";
    public static final String STATISTICS_READER = "statistics-reader";
    public static final String ADMIN = "admin";

    /** All of them, in alphabetical order. */
    public static final List<String> ALL = List.of(ADMIN, COMMUNITY_STAFF, DISTRICT_OFFICER, RESIDENT, STATISTICS_READER);

    private Roles() {
    }
}
