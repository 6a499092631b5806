package io.communityedu.localstack;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Access tokens shaped like the community-edu realm's (sub, realm_access.roles, communities, azp,
 * aud community-edu-api), signed with a key made for this test JVM. Service tests point the
 * services' token validation at that key ({@link LocalStackTestResource}), so the tokens go through
 * the same validation path as Keycloak's; the end-to-end tests use Keycloak itself.
 */
public final class TestTokens {

    public static final String ISSUER = "https://keycloak.test.invalid/realms/community-edu";
    public static final String AUDIENCE = "community-edu-api";

    private static final KeyPair KEYS = rsaKeys();
    private static final KeyPair OTHER_KEYS = rsaKeys();

    private TestTokens() {
    }

    /** The public key tokens are checked with, PEM-encoded. */
    public static String publicKeyPem() {
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(KEYS.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

    public static Token as(String subject) {
        return new Token(subject);
    }

    public static String admin() {
        return as("admin-" + UUID.randomUUID()).roles("admin").sign();
    }

    public static String officer() {
        return as("officer-" + UUID.randomUUID()).roles("district-officer").sign();
    }

    public static String staff(String... communities) {
        return as("staff-" + UUID.randomUUID()).roles("community-staff").communities(communities).sign();
    }

    public static String resident(String subject) {
        return as(subject).roles("resident").sign();
    }

    public static String statisticsReader() {
        return as("service-account-district-system").roles("statistics-reader").client("district-system").sign();
    }

    /**
     * Every request REST Assured sends from now on carries this token, unless it has an
     * Authorization header of its own (until {@link #actAsNobody}). A filter, not a default request
     * specification: a specification would also pin the port REST Assured had when it was built.
     */
    public static void actAs(String token) {
        actAsNobody();
        RestAssured.filters(new DefaultCaller(token));
    }

    public static void actAsNobody() {
        RestAssured.replaceFiltersWith(RestAssured.filters().stream().filter(f -> !(f instanceof DefaultCaller)).toList());
    }

    private record DefaultCaller(String token) implements Filter {
        @Override
        public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                               FilterContext context) {
            if (!request.getHeaders().hasHeaderWithName("Authorization")) {
                request.header("Authorization", "Bearer " + token);
            }
            return context.next(request, response);
        }
    }

    /** One token to sign; by default valid for five minutes, for the community-edu-cli client. */
    public static final class Token {
        private final JwtClaims claims = new JwtClaims();
        private KeyPair keys = KEYS;
        private boolean unsigned;

        private Token(String subject) {
            claims.setSubject(subject);
            claims.setIssuer(ISSUER);
            claims.setAudience(AUDIENCE);
            claims.setIssuedAtToNow();
            claims.setExpirationTimeMinutesInTheFuture(5);
            claims.setGeneratedJwtId();
            claims.setClaim("azp", "community-edu-cli");
            claims.setClaim("preferred_username", subject);
            claims.setClaim("realm_access", Map.of("roles", List.of()));
        }

        public Token roles(String... roles) {
            claims.setClaim("realm_access", Map.of("roles", List.of(roles)));
            return this;
        }

        public Token communities(String... communities) {
            claims.setStringListClaim("communities", communities);
            return this;
        }

        public Token client(String clientId) {
            claims.setClaim("azp", clientId);
            return this;
        }

        public Token issuer(String issuer) {
            claims.setIssuer(issuer);
            return this;
        }

        public Token audience(String audience) {
            claims.setAudience(audience);
            return this;
        }

        /** Expired a while ago (beyond any clock skew a validator allows). */
        public Token expired() {
            claims.setIssuedAt(NumericDate.fromSeconds(NumericDate.now().getValue() - 3600));
            claims.setExpirationTime(NumericDate.fromSeconds(NumericDate.now().getValue() - 1800));
            return this;
        }

        /** Signed with a key the services do not know. */
        public Token signedByAnotherKey() {
            keys = OTHER_KEYS;
            return this;
        }

        /** {@code alg: none}: no signature at all. */
        public Token unsigned() {
            unsigned = true;
            return this;
        }

        public String sign() {
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(claims.toJson());
            jws.setHeader("typ", "JWT");
            try {
                if (unsigned) {
                    jws.setAlgorithmConstraints(AlgorithmConstraints.NO_CONSTRAINTS);
                    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.NONE);
                } else {
                    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
                    jws.setKey(keys.getPrivate());
                    jws.setKeyIdHeaderValue(keys == KEYS ? "test-key" : "other-key");
                }
                return jws.getCompactSerialization();
            } catch (JoseException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** A validly signed token whose payload was changed afterwards (here: roles raised to admin). */
    public static String tampered(String token) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]));
        String raised = payload.replaceFirst("\"roles\":\\[[^]]*]", "\"roles\":[\"admin\"]");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(raised.getBytes()) + "." + parts[2];
    }

    private static KeyPair rsaKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
