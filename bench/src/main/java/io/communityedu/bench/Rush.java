package io.communityedu.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * One rush of enrolment requests through the gateway: resident {@code i} into session
 * {@code sessionOf(i)} for every index, from closed-loop clients all released at once, and what
 * came back. With a key prefix, every {@code keyEvery}-th request (index % keyEvery == 0) carries
 * an {@code Idempotency-Key} (prefix + index) and, right after its answer, the same client sends
 * the very same request with the same key again; those retries are kept apart: they are not in
 * {@link #latencies} nor counted as requests, only compared with the first answer.
 */
final class Rush {

    private static final int[] KNOWN_STATUSES = {0, 201, 400, 404, 409, 422, 500, 502, 503, 504};
    private static final int MISMATCHES_KEPT = 5;

    /** Latencies of the first requests only (no retries). */
    final Latencies latencies = new Latencies();
    final Map<Integer, AtomicInteger> statuses = new TreeMap<>();
    final AtomicLong otherStatus = new AtomicLong();
    /** The accepted enrolment (201 body) by index; null where the request was not accepted. */
    final JsonNode[] answers;

    final Latencies retryLatencies = new Latencies();
    final AtomicInteger retries = new AtomicInteger();
    /** Retries with the first answer's status and, for a 201, its enrolment id, status and waitlistPosition. */
    final AtomicInteger retriesSameAnswer = new AtomicInteger();
    /** Retries answered with {@code Idempotent-Replayed: true}. */
    final AtomicInteger retriesMarkedReplayed = new AtomicInteger();
    final Queue<String> retryMismatches = new ConcurrentLinkedQueue<>();
    private final AtomicInteger mismatchesSeen = new AtomicInteger();

    /** Wall time from the release of the clients until the last answer (retries included). */
    double seconds;

    private Rush(int count) {
        answers = new JsonNode[count];
        for (int s : KNOWN_STATUSES) {
            statuses.put(s, new AtomicInteger());
        }
    }

    /**
     * Runs the rush and returns what came back.
     *
     * @param keyPrefix null: no Idempotency-Key on any request, no retries
     */
    static Rush run(Http gateway, String[] residentIds, IntFunction<String> sessionOf, int concurrency, Deadline deadline,
                    String keyPrefix, int keyEvery) throws InterruptedException {
        Rush rush = new Rush(residentIds.length);
        long start = System.nanoTime();
        ParallelClients.run(concurrency, residentIds.length, deadline, i -> {
            Map<String, String> request = Map.of("residentId", residentIds[i], "sessionId", sessionOf.apply(i));
            Map<String, String> headers = keyPrefix != null && i % keyEvery == 0
                    ? Map.of("Idempotency-Key", keyPrefix + i) : Map.of();
            Http.Reply reply = gateway.post("/api/v1/enrolments", request, headers);
            rush.latencies.add(reply.nanos());
            AtomicInteger counter = rush.statuses.get(reply.status());
            if (counter != null) {
                counter.incrementAndGet();
            } else {
                rush.otherStatus.incrementAndGet();
            }
            if (reply.status() == 201) {
                rush.answers[i] = reply.json();
            }
            if (!headers.isEmpty()) {
                rush.compareRetry(i, reply, gateway.post("/api/v1/enrolments", request, headers));
            }
        });
        rush.seconds = (System.nanoTime() - start) / 1e9;
        return rush;
    }

    private void compareRetry(int index, Http.Reply first, Http.Reply again) {
        retries.incrementAndGet();
        retryLatencies.add(again.nanos());
        boolean replayed = "true".equals(again.header("Idempotent-Replayed"));
        boolean same = again.status() == first.status();
        String firstAnswer = String.valueOf(first.status());
        String againAnswer = String.valueOf(again.status());
        if (same && first.status() == 201) {
            JsonNode a = parse(first);
            JsonNode b = parse(again);
            same = a != null && b != null && sameEnrolment(a, b);
            firstAnswer = describe(first.status(), a);
            againAnswer = describe(again.status(), b);
        }
        if (same) {
            retriesSameAnswer.incrementAndGet();
        }
        if (replayed) {
            retriesMarkedReplayed.incrementAndGet();
        }
        if ((!same || !replayed) && mismatchesSeen.incrementAndGet() <= MISMATCHES_KEPT) {
            retryMismatches.add("#" + index + " first " + firstAnswer + ", retry " + againAnswer
                    + " Idempotent-Replayed=" + again.header("Idempotent-Replayed")
                    + (same ? "" : " body " + abbreviate(again.body())));
        }
    }

    private static boolean sameEnrolment(JsonNode a, JsonNode b) {
        return !a.path("id").isMissingNode() && a.path("id").equals(b.path("id"))
                && a.path("status").equals(b.path("status"))
                && Objects.equals(value(a, "waitlistPosition"), value(b, "waitlistPosition"));
    }

    /** A field's value, null when absent or JSON null (the two are the same answer). */
    private static JsonNode value(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value;
    }

    private static JsonNode parse(Http.Reply reply) {
        try {
            return reply.json();
        } catch (IllegalStateException e) {
            return null;
        }
    }

    private static String describe(int status, JsonNode enrolment) {
        return enrolment == null ? status + " (not JSON)"
                : status + " " + enrolment.path("id").asText() + " " + enrolment.path("status").asText()
                + (enrolment.path("waitlistPosition").isNumber() ? " #" + enrolment.path("waitlistPosition").asInt() : "");
    }

    private static String abbreviate(String body) {
        return body == null || body.length() <= 200 ? body : body.substring(0, 200) + "…";
    }

    /** Requests answered per second of wall time (first requests only). */
    double throughput() {
        return latencies.count() / seconds;
    }

    /** 5xx answers and I/O errors (status 0) of the first requests. */
    int serverErrors() {
        return statuses.get(500).get() + statuses.get(502).get() + statuses.get(503).get() + statuses.get(504).get()
                + statuses.get(0).get();
    }

    /** The accepted enrolments by resident id (each resident enrols once in a rush). */
    Map<String, JsonNode> acceptedByResident(String[] residentIds) {
        Map<String, JsonNode> accepted = new HashMap<>();
        for (int i = 0; i < answers.length; i++) {
            if (answers[i] != null) {
                accepted.put(residentIds[i], answers[i]);
            }
        }
        return accepted;
    }

    /** "201=5000 409=3 other=1". */
    String statusSummary() {
        StringBuilder byStatus = new StringBuilder();
        statuses.forEach((s, n) -> {
            if (n.get() > 0) {
                byStatus.append(s == 0 ? "io-error" : s).append('=').append(n.get()).append(' ');
            }
        });
        return byStatus.toString().trim() + (otherStatus.get() > 0 ? " other=" + otherStatus.get() : "");
    }
}
