package io.communityedu.enrolment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The first answer to a request sent with an Idempotency-Key. */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord {

    @Id
    /** The caller's {@code sub} and the key: two callers never share an answer. */
    @Column(name = "idempotency_key", length = 400)
    public String key;

    /** SHA-256 of the request body: the same key with another body is refused. */
    @Column(name = "request_hash", nullable = false, length = 64)
    public String requestHash;

    @Column(name = "response_status", nullable = false)
    public int responseStatus;

    @Column(name = "response_body", nullable = false, columnDefinition = "TEXT")
    public String responseBody;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
