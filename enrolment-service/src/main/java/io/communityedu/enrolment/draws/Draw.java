package io.communityedu.enrolment.draws;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;

/**
 * A lottery session's draw. The seed is chosen, and its SHA-256 published, before the first application is
 * taken; the seed itself is published once drawn, so anyone can check both the commitment and the order.
 */
@Entity
@Table(name = "draw")
public class Draw {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @Column(name = "session_id", length = 36)
    public String sessionId;

    /** 32 random bytes as lowercase hex. */
    @Column(nullable = false, length = 64)
    public String seed;

    /** Lowercase hex SHA-256 of the seed's 32 bytes. */
    @Column(name = "seed_commitment", nullable = false, length = 64)
    public String seedCommitment;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "drawn_at")
    public Instant drawnAt;

    /** A new draw with a fresh seed and its commitment. */
    public static Draw committed(String sessionId, Instant at) {
        byte[] seed = new byte[32];
        RANDOM.nextBytes(seed);
        Draw draw = new Draw();
        draw.sessionId = sessionId;
        draw.seed = HexFormat.of().formatHex(seed);
        draw.seedCommitment = HexFormat.of().formatHex(sha256(seed));
        draw.createdAt = at;
        return draw;
    }

    public boolean isDrawn() {
        return drawnAt != null;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
