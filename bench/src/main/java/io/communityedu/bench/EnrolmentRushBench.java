package io.communityedu.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.communityedu.localstack.suite.RunningSuite;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Benchmark 1: a popular session opens and N residents try to enrol at once through the gateway
 * from many concurrent clients. One run measures, in this order, against one fresh suite:
 * <ol>
 *   <li>Set-up (not timed): the rush's community with its session of capacity K, a second
 *   programme there with {@code spread-sessions} sessions of K / {@code spread-sessions} places
 *   each, a warm-up community with its own session; the residents of both communities registered
 *   with the rush's concurrency. Every session is known to enrolment-service before anything is
 *   timed.</li>
 *   <li>Warm-up rush (untimed, no goal): {@code warmup-residents} residents into the warm-up
 *   session, the same way as the rush (keyed retries included), so the JVMs have compiled the hot
 *   path; its throughput is reported.</li>
 *   <li>The one-session rush: N residents into the one session, every client released at once.
 *   Every 10th request carries an {@code Idempotency-Key} and is sent again with the same key by
 *   the same client right after its answer; those retries are not counted in the throughput or
 *   latency (they are reported apart) but do share the rush's wall time. Reports throughput and
 *   latency, then checks the outcome: exactly capacity confirmed, the rest waitlisted 1..N-capacity
 *   in order, no duplicates (so no retry made a second enrolment), no 5xx, repeat attempts refused,
 *   and every retry answered with the first answer again and {@code Idempotent-Replayed: true}.
 *   Goals: throughput &ge; 1000 enrolments/s, p99 &le; 100 ms.</li>
 *   <li>The spread rush: the same N residents again, resident i into spread session i % S, the
 *   same clients, timed the same way (no keyed retries). Checks: no 5xx, every request 201, per
 *   session exactly its capacity confirmed and the rest waitlisted 1..n, each resident once and in
 *   its own session (answers and roster). Goals: throughput &ge; 1500 enrolments/s and one-session
 *   throughput / spread throughput &ge; 0.8.</li>
 * </ol>
 * Before each timed rush the benchmark waits (bounded) until reporting-service's statistics count
 * the enrolments of the phase before, so that phase's event tail (outbox relay, consumers) does
 * not share the cores with the next timed one.
 * <p>
 * Parameters: {@code --residents=5000 --capacity=500 --concurrency=64 --warmup-residents=1000
 * --spread-sessions=100 --deadline=10m}; {@code --warmup-residents=0} or {@code --spread-sessions=0}
 * leaves that phase out.
 */
public final class EnrolmentRushBench implements Benchmark {

    private static final int YEAR = 2010;
    /** Every keyEvery-th request of a rush (index % keyEvery == 0) carries an Idempotency-Key and is retried. */
    private static final int KEY_EVERY = 10;
    /** How long to wait at most for the previous phase's enrolments to show in the statistics. */
    private static final long SETTLE_LIMIT_NANOS = 120_000_000_000L;

    @Override
    public String name() {
        return "rush";
    }

    @Override
    public String description() {
        return "N residents enrol in one session at once through the gateway (after a warm-up), then in many sessions";
    }

    @Override
    public void run(BenchArgs args, Report report) throws Exception {
        int residents = args.integer("residents", 5000);
        int capacity = args.integer("capacity", 500);
        int concurrency = args.integer("concurrency", 64);
        int warmupResidents = args.integer("warmup-residents", 1000);
        int spreadSessions = args.integer("spread-sessions", 100);
        Deadline deadline = Deadline.in(args.duration("deadline", "10m"));
        args.complete(report);

        try (RunningSuite suite = BenchSuite.start(report)) {
            Http gateway = new Http(suite.gateway(), BenchSuite.adminToken(suite));
            Fixtures fixtures = new Fixtures(gateway);
            String suffix = Fixtures.uniqueSuffix();
            String code = "rush-" + suffix;
            String session = fixtures.openSession(code, YEAR, residents * 2, "热门书法班", "SELF_EDUCATION", true,
                    capacity, 24, deadline).sessionId();
            long canaries = 1; // openSession's canary enrolment, in the rush's community
            // The spread rush's sessions: a second programme in the same community, scheduled now so that
            // enrolment-service knows them (and the events of scheduling them are long consumed) before anything is timed.
            int spreadCapacity = Math.max(1, capacity / Math.max(1, spreadSessions));
            List<String> spread = List.of();
            if (spreadSessions > 0) {
                spread = fixtures.openSessions(code, YEAR, "分散报名班", "SELF_EDUCATION", false, spreadSessions,
                        spreadCapacity, 24, deadline);
                canaries++;
            }
            // The warm-up's own community and session, capacity in the same proportion as the rush's.
            String warmupCode = "rush-warmup-" + suffix;
            String warmupSession = null;
            if (warmupResidents > 0) {
                int warmupCapacity = (int) Math.max(1, (long) warmupResidents * capacity / Math.max(1, residents));
                warmupSession = fixtures.openSession(warmupCode, YEAR, warmupResidents * 2, "热身班", "SELF_EDUCATION", true,
                        warmupCapacity, 24, deadline).sessionId();
            }

            // Residents first (not timed as the rush): N registrations, with the same concurrency.
            String[] residentIds = new String[residents];
            long setupStart = System.nanoTime();
            ParallelClients.run(concurrency, residents, deadline, i -> residentIds[i] = fixtures.resident(code, i, deadline));
            report.figure("residents registered", String.format("%d in %.1f s", residents, (System.nanoTime() - setupStart) / 1e9));
            String[] warmupIds = new String[warmupResidents];
            if (warmupResidents > 0) {
                ParallelClients.run(concurrency, warmupResidents, deadline, i -> warmupIds[i] = fixtures.resident(warmupCode, i, deadline));
            }

            // Warm-up (untimed): the same rush, keyed retries included, into its own session.
            if (warmupSession != null) {
                String target = warmupSession;
                Rush warmup = Rush.run(gateway, warmupIds, i -> target, concurrency, deadline, "warmup-" + suffix + "-", KEY_EVERY);
                report.figure("warm-up (untimed, no goal)", String.format("%d enrolment requests (+%d keyed retries), %d concurrent clients, "
                                + "%.2f s -> %.0f enrolments/s; latency %s; %s", warmup.latencies.count(), warmup.retries.get(), concurrency,
                        warmup.seconds, warmup.throughput(), warmup.latencies.summary(), warmup.statusSummary()));
                settle(gateway, report, warmupCode, warmup.statuses.get(201).get() + 1L, "the rush", deadline);
            }

            // The rush: every client waits at the gate, then all go at once.
            Rush rush = Rush.run(gateway, residentIds, i -> session, concurrency, deadline, "rush-" + suffix + "-", KEY_EVERY);
            report.figure("rush", String.format("%d enrolment requests, %d concurrent clients, %.2f s (+%d keyed retries in that time, not counted)",
                    rush.latencies.count(), concurrency, rush.seconds, rush.retries.get()));
            report.figure("throughput", String.format("%.0f enrolments/s", rush.throughput()));
            report.figure("latency", rush.latencies.summary());
            report.figure("responses by status", rush.statusSummary());
            report.figure("idempotent retries (every " + KEY_EVERY + "th request again, same key; not in the figures above)",
                    rush.retryLatencies.summary());
            report.goal("one-session throughput >= 1000 enrolments/s", rush.throughput() >= 1000,
                    String.format("%.0f enrolments/s", rush.throughput()));
            report.goal("one-session p99 <= 100 ms", rush.latencies.percentileMillis(99) <= 100,
                    String.format("p99 = %.1f ms", rush.latencies.percentileMillis(99)));

            verify(report, gateway, session, residents, capacity, rush.statuses, rush.otherStatus.get(),
                    rush.acceptedByResident(residentIds), residentIds);
            verifyRetries(report, rush, residents);

            // The spread rush: the same residents again, now over many sessions of one programme.
            if (!spread.isEmpty()) {
                List<String> sessions = spread;
                settle(gateway, report, code, canaries + rush.statuses.get(201).get(), "the spread rush", deadline);
                Rush spreadRush = Rush.run(gateway, residentIds, i -> sessions.get(i % sessions.size()), concurrency, deadline,
                        null, KEY_EVERY);
                report.figure("spread rush", String.format("%d enrolment requests into %d sessions of %d places, %d concurrent clients, %.2f s",
                        spreadRush.latencies.count(), sessions.size(), spreadCapacity, concurrency, spreadRush.seconds));
                report.figure("spread throughput", String.format("%.0f enrolments/s", spreadRush.throughput()));
                report.figure("spread latency", spreadRush.latencies.summary());
                report.figure("spread responses by status", spreadRush.statusSummary());
                report.goal("spread throughput >= 1500 enrolments/s", spreadRush.throughput() >= 1500,
                        String.format("%.0f enrolments/s", spreadRush.throughput()));
                double ratio = rush.throughput() / spreadRush.throughput();
                report.goal("one-session / spread throughput >= 0.8", ratio >= 0.8,
                        String.format("%.0f / %.0f = %.2f", rush.throughput(), spreadRush.throughput(), ratio));
                verifySpread(report, gateway, sessions, spreadCapacity, spreadRush, residentIds);
            }
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

    /** Every keyed request was retried and the retry got the first answer again, marked as replayed. */
    private static void verifyRetries(Report report, Rush rush, int residents) {
        int expected = (residents + KEY_EVERY - 1) / KEY_EVERY;
        int retries = rush.retries.get();
        String mismatches = rush.retryMismatches.isEmpty() ? "" : "; e.g. " + String.join("; ", rush.retryMismatches);
        report.check("idempotent retries: same status, enrolment id, status and waitlistPosition as the first answer",
                retries == expected && rush.retriesSameAnswer.get() == retries,
                rush.retriesSameAnswer.get() + " of " + retries + " retries (" + expected + " keyed requests)" + mismatches);
        report.check("idempotent retries: answered with Idempotent-Replayed: true",
                retries == expected && rush.retriesMarkedReplayed.get() == retries,
                rush.retriesMarkedReplayed.get() + " of " + retries + " retries");
    }

    /**
     * The spread rush's outcome, from the answers and from each session's roster: every request
     * accepted, per session exactly its capacity confirmed and the rest waitlisted 1..n, each
     * resident once and in the session it asked for.
     */
    private static void verifySpread(Report report, Http gateway, List<String> sessions, int sessionCapacity, Rush rush,
                                     String[] residentIds) {
        int count = sessions.size();
        int residents = residentIds.length;
        int serverErrors = rush.serverErrors();
        long otherStatus = rush.otherStatus.get();
        report.check("spread: no 5xx or I/O errors", serverErrors == 0 && otherStatus == 0,
                serverErrors + " 5xx/io errors, " + otherStatus + " other");
        int accepted = rush.statuses.get(201).get();
        report.check("spread: every request accepted (201)", accepted == residents, accepted + " of " + residents);

        // From the answers: resident i asked for session i % count.
        List<List<JsonNode>> answersBySession = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            answersBySession.add(new ArrayList<>());
        }
        int wrongSession = 0;
        for (int i = 0; i < residents; i++) {
            JsonNode answer = rush.answers[i];
            if (answer != null) {
                answersBySession.get(i % count).add(answer);
                wrongSession += sessions.get(i % count).equals(answer.path("sessionId").asText(sessions.get(i % count))) ? 0 : 1;
            }
        }
        List<String> badAnswers = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            String problem = sessionProblem(answersBySession.get(s), sessionCapacity, enrolling(residents, count, s));
            if (problem != null) {
                badAnswers.add("session " + s + ": " + problem);
            }
        }
        report.check("spread answers: per session confirmed = its capacity, the rest waitlisted 1..n, in the session asked for",
                badAnswers.isEmpty() && wrongSession == 0, (count - badAnswers.size()) + " of " + count + " sessions as expected, "
                        + wrongSession + " answers for another session" + firstFew(badAnswers));

        // From the rosters as enrolment-service keeps them (2 reads per session).
        Map<String, Integer> indexOf = new HashMap<>();
        for (int i = 0; i < residents; i++) {
            indexOf.put(residentIds[i], i);
        }
        List<String> badConfirmed = new ArrayList<>();
        List<String> badWaitlists = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int duplicates = 0;
        int misplaced = 0;
        for (int s = 0; s < count; s++) {
            List<JsonNode> confirmed = roster(gateway, sessions.get(s), "CONFIRMED");
            List<JsonNode> waitlisted = roster(gateway, sessions.get(s), "WAITLISTED");
            int enrolling = enrolling(residents, count, s);
            if (confirmed.size() != Math.min(sessionCapacity, enrolling)) {
                badConfirmed.add("session " + s + ": " + confirmed.size() + " confirmed");
            }
            List<Integer> positions = waitlisted.stream().map(e -> e.get("waitlistPosition").asInt()).sorted().toList();
            if (!isOneTo(positions, Math.max(0, enrolling - sessionCapacity))) {
                badWaitlists.add("session " + s + ": " + positions.size() + " waitlisted, positions "
                        + (positions.isEmpty() ? "-" : positions.get(0) + ".." + positions.get(positions.size() - 1)));
            }
            List<JsonNode> all = new ArrayList<>(confirmed);
            all.addAll(waitlisted);
            for (JsonNode e : all) {
                String resident = e.get("residentId").asText();
                duplicates += seen.add(resident) ? 0 : 1;
                Integer index = indexOf.get(resident);
                misplaced += index != null && index % count == s ? 0 : 1;
            }
        }
        report.check("spread roster: per session confirmed = its capacity (" + sessionCapacity + ")", badConfirmed.isEmpty(),
                (count - badConfirmed.size()) + " of " + count + " sessions" + firstFew(badConfirmed));
        report.check("spread roster: per session waitlisted 1..n", badWaitlists.isEmpty(),
                (count - badWaitlists.size()) + " of " + count + " sessions" + firstFew(badWaitlists));
        report.check("spread roster: no resident twice, each in the session asked for",
                duplicates == 0 && misplaced == 0 && seen.size() == residents,
                duplicates + " duplicates, " + misplaced + " in another session, " + seen.size() + " distinct residents");
    }

    /** How many of the residents enrol in session s when resident i goes to session i % count. */
    private static int enrolling(int residents, int count, int s) {
        return residents / count + (s < residents % count ? 1 : 0);
    }

    /** What is wrong with one session's accepted answers, or null. */
    private static String sessionProblem(List<JsonNode> answers, int sessionCapacity, int enrolling) {
        long confirmed = answers.stream().filter(e -> "CONFIRMED".equals(e.path("status").asText())).count();
        List<Integer> positions = answers.stream().filter(e -> "WAITLISTED".equals(e.path("status").asText()))
                .map(e -> e.path("waitlistPosition").asInt()).sorted().toList();
        if (confirmed == Math.min(sessionCapacity, enrolling) && isOneTo(positions, Math.max(0, enrolling - sessionCapacity))) {
            return null;
        }
        return confirmed + " confirmed, " + positions.size() + " waitlisted, positions "
                + (positions.isEmpty() ? "-" : positions.get(0) + ".." + positions.get(positions.size() - 1));
    }

    private static String firstFew(List<String> problems) {
        return problems.isEmpty() ? "" : "; " + String.join("; ", problems.subList(0, Math.min(5, problems.size())));
    }

    /**
     * Waits, at most SETTLE_LIMIT_NANOS, until reporting-service's statistics for the community
     * and year count at least {@code enrolments} (confirmed + waitlisted): the events of the phase
     * before have been relayed and consumed, so their tail does not run during the next timed one.
     */
    private static void settle(Http gateway, Report report, String code, long enrolments, String before, Deadline deadline) {
        String statistics = "/api/v1/statistics/communities/" + code + "/years/" + YEAR;
        long start = System.nanoTime();
        long counted = -1;
        while (true) {
            Http.Reply reply = gateway.get(statistics);
            if (reply.status() == 200) {
                JsonNode counts = reply.json().path("enrolments");
                counted = counts.path("confirmed").asLong() + counts.path("waitlisted").asLong();
                if (counted >= enrolments) {
                    report.figure("settled before " + before, String.format("%.1f s until the statistics of %s counted %d enrolments",
                            (System.nanoTime() - start) / 1e9, code, counted));
                    return;
                }
            }
            if (System.nanoTime() - start > SETTLE_LIMIT_NANOS) {
                report.note(String.format("not settled before %s: after %.0f s the statistics of %s count %d of %d enrolments "
                        + "(last answer %d); going on", before, (System.nanoTime() - start) / 1e9, code, counted, enrolments, reply.status()));
                return;
            }
            deadline.check("waiting for the enrolments to show in the statistics before " + before);
            Fixtures.sleep(200);
        }
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
