package io.communityedu.support.security;

import io.communityedu.support.problem.ProblemException;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CallerTest {

    @Test
    void staffActOnlyInTheCommunitiesOfTheirClaim() {
        Caller staff = caller(Map.of("communities", List.of("qinghuai-road", "xinhe-road")), Roles.COMMUNITY_STAFF);
        assertEquals(Set.of("qinghuai-road", "xinhe-road"), staff.communities());
        assertTrue(staff.mayActIn("xinhe-road"));
        assertFalse(staff.mayActIn("elsewhere"));
        ProblemException refusal = assertThrows(ProblemException.class, () -> staff.requireCommunity("elsewhere"));
        assertEquals(403, refusal.status());
        assertEquals("OUTSIDE_YOUR_COMMUNITY", refusal.toProblem().code());
    }

    @Test
    void officersAndAdminsActEverywhereWithoutAClaim() {
        assertTrue(caller(Map.of(), Roles.DISTRICT_OFFICER).mayActIn("anywhere"));
        assertTrue(caller(Map.of(), Roles.ADMIN).mayActIn("anywhere"));
    }

    @Test
    void aResidentIsRefusedForItsRoleNotForACommunity() {
        Caller resident = caller(Map.of("communities", List.of("qinghuai-road")), Roles.RESIDENT);
        assertFalse(resident.mayActIn("qinghuai-road"));
        assertEquals("FORBIDDEN",
                assertThrows(ProblemException.class, () -> resident.requireCommunity("qinghuai-road")).toProblem().code());
    }

    @Test
    void aSingleOrMissingClaimIsReadAsAFewOrNoCommunities() {
        assertEquals(Set.of("qinghuai-road"), caller(Map.of("communities", "qinghuai-road"), Roles.COMMUNITY_STAFF).communities());
        assertEquals(Set.of(), caller(Map.of(), Roles.COMMUNITY_STAFF).communities());
        assertFalse(caller(Map.of(), Roles.COMMUNITY_STAFF).mayActIn("qinghuai-road"));
    }

    @Test
    void subjectAndClientComeFromTheToken() {
        Caller caller = caller(Map.of("azp", "district-system"), Roles.STATISTICS_READER);
        assertEquals("subject-1", caller.subject());
        assertEquals("district-system", caller.clientId());
        assertFalse(caller.isAnonymous());
    }

    @Test
    void rolesAreThoseOfTheRoleTableSortedWithOthersLeftOut() {
        JwtClaims jwt = new JwtClaims();
        jwt.setSubject("subject-2");
        DefaultJWTCallerPrincipal principal = new DefaultJWTCallerPrincipal(jwt);
        Caller caller = new Caller(QuarkusSecurityIdentity.builder().setPrincipal(principal)
                .addRole(Roles.RESIDENT).addRole("offline_access").addRole(Roles.COMMUNITY_STAFF).build(), principal);
        assertEquals(List.of(Roles.COMMUNITY_STAFF, Roles.RESIDENT), caller.roles());
    }

    @Test
    void aSnapshotDecidesAsTheCallerDidAfterTheRequestIsGone() {
        Caller staff = caller(Map.of("communities", List.of("qinghuai-road"), "azp", "community-edu-web"), Roles.COMMUNITY_STAFF);
        CallerSnapshot snapshot = staff.snapshot();
        assertEquals(new CallerSnapshot(false, "subject-1", "community-edu-web", List.of(Roles.COMMUNITY_STAFF),
                Set.of("qinghuai-road")), snapshot);
        assertTrue(snapshot.mayActIn("qinghuai-road"));
        assertFalse(snapshot.mayActIn("xinhe-road"));
        assertFalse(snapshot.isDistrictWide());
        assertTrue(caller(Map.of(), Roles.DISTRICT_OFFICER).snapshot().mayActIn("xinhe-road"));
        assertFalse(caller(Map.of(), Roles.RESIDENT).snapshot().mayActIn("qinghuai-road"));
    }

    private static Caller caller(Map<String, Object> claims, String role) {
        JwtClaims jwt = new JwtClaims();
        jwt.setSubject("subject-1");
        claims.forEach(jwt::setClaim);
        DefaultJWTCallerPrincipal principal = new DefaultJWTCallerPrincipal(jwt);
        return new Caller(QuarkusSecurityIdentity.builder().setPrincipal(principal).addRole(role).build(), principal);
    }
}
