package io.communityedu.enrolment.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.communityedu.enrolment.domain.IdempotencyRecord;
import io.communityedu.enrolment.persistence.IdempotencyRepository;
import io.communityedu.support.problem.Problem;
import io.communityedu.support.problem.ProblemException;
import io.communityedu.support.time.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code Idempotency-Key}: the first request with a caller's key is decided and its answer kept,
 * a refusal included (except 403 and 429, which depend on the moment, not the request); a retry
 * with the same key and request gets that answer again; the same key with another request is
 * {@code 422 IDEMPOTENCY_KEY_REUSED}. The key is claimed first, so concurrent requests with one key
 * are decided one after the other. Keys are scoped to the caller's {@code sub}.
 */
@ApplicationScoped
public class IdempotentRequests {

    private static final Set<Integer> NOT_KEPT = Set.of(401, 403, 429);

    private final IdempotencyRepository records;
    private final ObjectMapper mapper;

    public IdempotentRequests(IdempotencyRepository records, ObjectMapper mapper) {
        this.records = records;
        this.mapper = mapper;
    }

    /**
     * Runs {@code decision} in the current transaction unless the caller (their token's {@code sub}) has an answer to
     * this key already.
     * A refusal thrown from here leaves the transaction to its owner: a batch goes on with its other requests.
     */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = ProblemException.class)
    public <T> Replayable<T> once(String subject, String key, String request, Class<T> answerType, Supplier<T> decision) {
        String scopedKey = subject + " " + key;
        String requestHash = sha256(request);
        if (!records.claim(scopedKey, requestHash, Timestamps.now())) {
            return replay(records.findById(scopedKey), requestHash, answerType);
        }
        IdempotencyRecord record = records.findById(scopedKey);
        try {
            T answer = decision.get();
            keep(record, 201, answer);
            return Replayable.of(answer);
        } catch (ProblemException refusal) {
            if (NOT_KEPT.contains(refusal.status())) {
                throw refusal;
            }
            keep(record, refusal.status(), refusal.toProblem());
            return Replayable.refused(refusal.toProblem(), false);
        }
    }

    private <T> Replayable<T> replay(IdempotencyRecord earlier, String requestHash, Class<T> answerType) {
        if (!earlier.requestHash.equals(requestHash)) {
            throw ProblemException.refused("IDEMPOTENCY_KEY_REUSED",
                    "This Idempotency-Key was used with a different request.");
        }
        try {
            return earlier.responseStatus < 300
                    ? Replayable.replayed(mapper.readValue(earlier.responseBody, answerType))
                    : Replayable.refused(mapper.readValue(earlier.responseBody, Problem.class), true);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored answer of an Idempotency-Key is unreadable", e);
        }
    }

    private void keep(IdempotencyRecord record, int status, Object body) {
        record.responseStatus = status;
        try {
            record.responseBody = mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Answer cannot be stored", e);
        }
    }

    private static String sha256(String request) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(request.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
