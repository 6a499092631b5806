package io.communityedu.e2e;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;

/** Taking real tokens apart and forging others (signed with a key of our own, or not at all). */
final class Jwts {

    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();
    private static KeyPair ourKey;

    private Jwts() {
    }

    static ObjectNode header(String token) {
        return (ObjectNode) Tokens.read(new String(DECODE.decode(token.split("\\.")[0]), StandardCharsets.UTF_8));
    }

    static ObjectNode payload(String token) {
        return (ObjectNode) Tokens.read(new String(DECODE.decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    static String part(Object json) {
        return ENCODE.encodeToString(Tokens.write(json).getBytes(StandardCharsets.UTF_8));
    }

    /** The real token with its payload replaced, its signature kept (so it no longer matches). */
    static String withPayload(String token, ObjectNode payload) {
        String[] parts = token.split("\\.");
        return parts[0] + "." + part(payload) + "." + parts[2];
    }

    /** Header and payload as given, signed RS256 with a key of our own (not the realm's). */
    static String signedByUs(ObjectNode header, ObjectNode payload) {
        header.put("alg", "RS256");
        String signingInput = part(header) + "." + part(payload);
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key().getPrivate());
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + ENCODE.encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Header alg none, the payload as given, no signature. */
    static String unsigned(ObjectNode header, ObjectNode payload) {
        header.put("alg", "none");
        header.remove("kid");
        return part(header) + "." + part(payload) + ".";
    }

    private static synchronized KeyPair key() throws GeneralSecurityException {
        if (ourKey == null) {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            ourKey = generator.generateKeyPair();
        }
        return ourKey;
    }
}
