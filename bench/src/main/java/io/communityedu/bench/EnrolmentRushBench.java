package io.communityedu.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.communityedu.localstack.suite.RunningSuite;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Benchmark 1: a popular session opens and N residents try to enrol at once through the gateway
 * from many concurrent clients. Reports throughput and latency, then checks the outcome: exactly
 * capacity confirmed, the rest waitlisted 1..N-capacity in order, no duplicates, no 5xx.
 */
public final class EnrolmentRushBench implements Benchmark {

    @Override
    public String name() {
        return "rush";
    }

    @Override
    public String description() {
        return "N residents enrol in one session at once through the gateway";
    }

    @Override
    public void run(BenchArgs args, Report report) throws Exception {
        int residents = args.integer("residents", 5000);
        int capacity = args.integer("capacity", 500);
        int concurrency = args.integer("concurrency", 64);
        Deadline deadline = Deadline.in(args.duration("deadline", "10m"));
        args.complete(report);

        try (RunningSuite suite = BenchSuite.start(report)) {
            Http gateway = new Http(suite.gateway(), BenchSuite.adminToken(suite));
            Fixtures fixtures = new Fixtures(gateway);
            String code = "rush-" + Fixtures.uniqueSuffix();
            int year = 2010;
            String session = fixtures.openSession(code, year, residents * 2, "热门书法班", "SELF_EDUCATION", true,
                    capacity, 24, deadline).sessionId();

            // Residents first (not timed as the rush): N registrations, with the same concurrency.
            String[] residentIds = new String[residents];
            long setupStart = System.nanoTime();
            ParallelClients.run(concurrency, residents, deadline, i -> residentIds[i] = fixtures.resident(code, i, deadline));
            report.figure("residents registered", String.format("%d in %.1f s", residents, (System.nanoTime() - setupStart) / 1e9));

            // The rush: every client waits at the gate, then all go at once.
            Latencies latencies = new Latencies();
            Map<Integer, AtomicInteger> statuses = new TreeMap<>();
            for (int s : new int[]{0, 201, 400, 404, 409, 422, 500, 502, 503, 504}) {
                statuses.put(s, new AtomicInteger());
            }
            Map<String, JsonNode> accepted = new ConcurrentHashMap<>();
            AtomicLong otherStatus = new AtomicLong();
            long[] wall = new long[2];
            wall[0] = System.nanoTime();
            ParallelClients.run(concurrency, residents, deadline, i -> {
                Http.Reply reply = gateway.post("/api/v1/enrolments", Map.of("residentId", residentIds[i], "sessionId", session));
                latencies.add(reply.nanos());
                AtomicInteger counter = statuses.get(reply.status());
                if (counter != null) {
                    counter.incrementAndGet();
                } else {
                    otherStatus.incrementAndGet();
                }
                if (reply.status() == 201) {
                    accepted.put(residentIds[i], reply.json());
                }
            });
            wall[1] = System.nanoTime();
            double seconds = (wall[1] - wall[0]) / 1e9;
            report.figure("rush", String.format("%d enrolment requests, %d concurrent clients, %.2f s", latencies.count(), concurrency, seconds));
            report.figure("throughput", String.format("%.0f enrolments/s", latencies.count() / seconds));
            report.figure("latency", latencies.summary());
            StringBuilder byStatus = new StringBuilder();
            statuses.forEach((s, n) -> {
                if (n.get() > 0) {
                    byStatus.append(s == 0 ? "io-error" : s).append('=').append(n.get()).append(' ');
                }
            });
            report.figure("responses by status", byStatus.toString().trim() + (otherStatus.get() > 0 ? " other=" + otherStatus.get() : ""));

            verify(report, gateway, session, residents, capacity, statuses, otherStatus.get(), accepted, residentIds);
        }
    }

    private void verify(Report report, Http gateway, String session, int residents, int capacity,
                        Map<Integer, AtomicInteger> statuses, long otherStatus, Map<String, JsonNode> accepted,
                        String[] residentIds) {
        int serverErrors = statuses.get(500).get() + statuses.get(502).get() + statuses.get(503).get()
                + statuses.get(504).get() + statuses.get(0).get();
        report.check("no 5xx or I/O errors", serverErrors == 0 && otherStatus == 0, serverErrors + " 5xx/io errors, " + otherStatus + " other");
        report.check("every request accepted (201)", accepted.size() == residents, accepted.size() + " of " + residents);

        long confirmedAnswers = accepted.values().stream().filter(e -> "CONFIRMED".equals(e.get("status").asText())).count();
        List<Integer> positions = accepted.values().stream().filter(e -> "WAITLISTED".equals(e.get("status").asText()))
                .map(e -> e.get("waitlistPosition").asInt()).sorted().toList();
        report.check("answers: confirmed = capacity", confirmedAnswers == Math.min(capacity, residents), confirmedAnswers + " confirmed");
        report.check("answers: waitlist positions exactly 1..N-capacity", isOneTo(positions, Math.max(0, residents - capacity)),
                positions.size() + " waitlisted, positions " + (positions.isEmpty() ? "-" : positions.get(0) + ".." + positions.get(positions.size() - 1)));

        // The roster as enrolment-service keeps it, read back through the gateway.
        List<JsonNode> confirmed = roster(gateway, session, "CONFIRMED");
        List<JsonNode> waitlisted = roster(gateway, session, "WAITLISTED");
        report.check("roster: confirmed = capacity", confirmed.size() == Math.min(capacity, residents), confirmed.size() + " confirmed");
        List<Integer> rosterPositions = waitlisted.stream().map(e -> e.get("waitlistPosition").asInt()).sorted().toList();
        report.check("roster: waitlisted 1..N-capacity", isOneTo(rosterPositions, Math.max(0, residents - capacity)),
                waitlisted.size() + " waitlisted");
        Set<String> seen = new HashSet<>();
        int duplicates = 0;
        for (JsonNode e : confirmed) {
            duplicates += seen.add(e.get("residentId").asText()) ? 0 : 1;
        }
        for (JsonNode e : waitlisted) {
            duplicates += seen.add(e.get("residentId").asText()) ? 0 : 1;
        }
        report.check("roster: no resident twice", duplicates == 0 && seen.size() == residents,
                duplicates + " duplicates, " + seen.size() + " distinct residents");

        // First come, first served: by position, the waitlist is in order of arrival, after every confirmed place.
        List<JsonNode> byPosition = new ArrayList<>(waitlisted);
        byPosition.sort(Comparator.comparingInt(e -> e.get("waitlistPosition").asInt()));
        int outOfOrder = 0;
        Instant previous = confirmed.stream().map(e -> Instant.parse(e.get("createdAt").asText())).max(Comparator.naturalOrder())
                .orElse(Instant.MIN);
        for (JsonNode e : byPosition) {
            Instant created = Instant.parse(e.get("createdAt").asText());
            if (created.isBefore(previous)) {
                outOfOrder++;
            }
            previous = created;
        }
        report.check("roster: waitlist in order of arrival (createdAt non-decreasing by position, after all confirmed)",
                outOfOrder == 0, outOfOrder + " out of order");

        // A second attempt by an enrolled resident is refused, not a second place.
        int refused = 0;
        int tries = Math.min(20, residents);
        for (int i = 0; i < tries; i++) {
            refused += gateway.post("/api/v1/enrolments", Map.of("residentId", residentIds[i], "sessionId", session)).status() == 409 ? 1 : 0;
        }
        report.check("repeat attempts refused with 409", refused == tries, refused + " of " + tries);
    }

    private static List<JsonNode> roster(Http gateway, String session, String status) {
        List<JsonNode> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode body = gateway.get("/api/v1/enrolments?sessionId=" + session + "&status=" + status + "&size=100&page=" + page)
                    .expect(200, "roster").json();
            body.get("items").forEach(all::add);
            if (body.get("items").isEmpty() || all.size() >= body.get("total").asInt()) {
                return all;
            }
        }
    }

    private static boolean isOneTo(List<Integer> sorted, int n) {
        if (sorted.size() != n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (sorted.get(i) != i + 1) {
                return false;
            }
        }
        return true;
    }
}
