package io.communityedu.support.security;

import io.communityedu.support.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is calling, from the validated bearer token: the rules that depend on the caller (community
 * scoping, resident ownership) ask here, in the service that owns the data.
 */
@RequestScoped
public class Caller {

    public static final String OUTSIDE_YOUR_COMMUNITY = "OUTSIDE_YOUR_COMMUNITY";
    public static final String NOT_YOUR_RESIDENT = "NOT_YOUR_RESIDENT";

    private final SecurityIdentity identity;
    private final JsonWebToken token;
    private CallerSnapshot snapshot;

    public Caller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    /** The token's {@code sub}: the account, stable across sign-ins. */
    public String subject() {
        return token.getSubject();
    }

    /** The token's {@code azp}: the client the caller signed in with. */
    public String clientId() {
        return token.getClaim("azp");
    }

    /** The caller's roles of API.md's table, sorted (other roles a token may carry are left out). */
    public List<String> roles() {
        return Roles.ALL.stream().filter(identity::hasRole).toList();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** Officers and admins act in every community. */
    public boolean isDistrictWide() {
        return snapshot().isDistrictWide();
    }

    /** The community codes of the {@code communities} claim (staff act only there). */
    public Set<String> communities() {
        Object claim = token.getClaim("communities");
        if (claim instanceof JsonArray array) {
            return array.stream().filter(JsonString.class::isInstance)
                    .map(v -> ((JsonString) v).getString()).collect(Collectors.toUnmodifiableSet());
        }
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).collect(Collectors.toUnmodifiableSet());
        }
        return claim instanceof String single ? Set.of(single) : Set.of();
    }

    /** Officers, admins and staff of that community may act on its data. */
    public boolean mayActIn(String communityCode) {
        return snapshot().mayActIn(communityCode);
    }

    /** This request's caller, read once, to decide by on another thread. */
    public CallerSnapshot snapshot() {
        if (snapshot == null) {
            snapshot = identity.isAnonymous()
                    ? new CallerSnapshot(true, null, null, List.of(), Set.of())
                    : new CallerSnapshot(false, subject(), clientId(), roles(), communities());
        }
        return snapshot;
    }

    /** Refuses with 403 unless {@link #mayActIn} the community. */
    public void requireCommunity(String communityCode) {
        if (!mayActIn(communityCode)) {
            throw hasRole(Roles.COMMUNITY_STAFF)
                    ? ProblemException.forbidden(OUTSIDE_YOUR_COMMUNITY, "This belongs to a community you are not staff of.")
                    : ProblemException.forbidden(ProblemException.FORBIDDEN, "Your role may not do this.");
        }
    }
}
