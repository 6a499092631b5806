package io.communityedu.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.communityedu.localstack.EventContract;
import io.communityedu.localstack.suite.RunningSuite;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Benchmark 4: a district's year at scale. Publishes synthetic programme-events and
 * enrolment-events straight to Kafka (envelopes as docs/asyncapi.yaml documents them), waits
 * until reporting-service has folded them in (GET /admin/projections on its own port: lag 0),
 * notes how fast it consumed them, compares every number of the district summary (JSON and CSV)
 * and of every community report with a direct count of the generated data, then times those reads.
 */
public final class DistrictPullBench implements Benchmark {

    private static final int YEAR = 2010;

    @Override
    public String name() {
        return "district";
    }

    @Override
    public String description() {
        return "district statistics over 100 communities and many enrolments' events: consumption rate, correctness, read latency";
    }

    @Override
    public void run(BenchArgs args, Report report) throws Exception {
        int communities = args.integer("communities", 100);
        int enrolments = args.integer("enrolments", 1_000_000);
        int programmes = args.integer("programmes-per-community", 8);
        int sessions = args.integer("sessions-per-programme", 4);
        int residents = args.integer("residents-per-community", 5000);
        int checkEvery = args.integer("contract-check-every", 50);
        int requests = args.integer("requests", 500);
        int warmup = args.integer("warmup-requests", 1000);
        Duration consumeLimit = args.duration("consume-deadline", "50m");
        Deadline deadline = Deadline.in(args.duration("deadline", "70m"));
        args.complete(report);

        try (RunningSuite suite = BenchSuite.start(report)) {
            Supplier<String> token = BenchSuite.adminToken(suite);
            Http gateway = new Http(suite.gateway(), token);
            Http reporting = new Http(suite.reportingUri(), token);
            DistrictDataSet data = new DistrictDataSet(YEAR, communities, enrolments, programmes, sessions, residents, 42);

            long publishStart = System.nanoTime();
            publish(suite.stack().kafka().bootstrapServers(), data, checkEvery, deadline);
            double publishSeconds = (System.nanoTime() - publishStart) / 1e9;
            report.figure("published", String.format("%d events (%d plan/programme/session, %d new enrolments, %d completions/cancellations) in %.1f s = %.0f events/s; every %d-th checked against docs/asyncapi.yaml",
                    data.events, data.events - data.initialEnrolmentEvents - data.followUpEvents, data.initialEnrolmentEvents,
                    data.followUpEvents, publishSeconds, data.events / publishSeconds, checkEvery));

            Deadline consume = Deadline.in(consumeLimit);
            long caughtUp = awaitCaughtUp(reporting, report, publishStart, data.events, consume, deadline,
                    () -> {
                        try {
                            return districtJsonProblems(gateway, data).isEmpty();
                        } catch (RuntimeException notYet) {
                            return false;
                        }
                    });
            if (caughtUp < 0) {
                return;
            }
            double consumeSeconds = (caughtUp - publishStart) / 1e9;
            report.figure("projection caught up (lag 0) after", String.format("%.1f s from first publish = %.0f events/s",
                    consumeSeconds, data.events / consumeSeconds));

            // Correctness: every number against the direct count.
            int mismatches = verify(gateway, data, report);
            report.check("every statistic equals the direct count (district JSON, CSV, all community reports)", mismatches == 0,
                    mismatches + " mismatches");

            // Read latency, sequential, through the gateway and directly, in turns: both meet the service equally warm.
            String summary = "/api/v1/statistics/years/" + YEAR;
            List<String> reportPaths = data.expected.stream().map(e -> "/api/v1/statistics/communities/" + e.code + "/years/" + YEAR).toList();
            Map<String, Latencies> timings = new LinkedHashMap<>();
            Map<String, Http> vias = new LinkedHashMap<>();
            vias.put("gateway", gateway);
            vias.put("direct", reporting);
            time(vias, "district JSON", i -> summary, Map.of(), requests, warmup, deadline, timings);
            time(vias, "district CSV", i -> summary, Map.of("Accept", "text/csv"), requests, warmup, deadline, timings);
            time(vias, "community report", i -> reportPaths.get(i % reportPaths.size()), Map.of(), requests, warmup, deadline, timings);
            timings.forEach((name, latencies) -> report.figure("latency " + name, latencies.summary()));
            for (String name : List.of("gateway district JSON", "gateway district CSV", "gateway community report")) {
                double p99 = timings.get(name).percentileMillis(99);
                report.goal(name + " p99 < 20 ms", p99 < 20, String.format("p99 = %.1f ms", p99));
            }
        }
    }

    private static void publish(String bootstrap, DistrictDataSet data, int checkEvery, Deadline deadline) throws InterruptedException {
        EventContract contract = EventContract.load();
        Map<String, Object> settings = new HashMap<>();
        settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        settings.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        AtomicReference<Exception> failure = new AtomicReference<>();
        AtomicLong count = new AtomicLong();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(settings, new StringSerializer(), new StringSerializer())) {
            data.generate((topic, key, json) -> {
                long n = count.incrementAndGet();
                if (n % checkEvery == 1 || checkEvery <= 1 || topic.equals(DistrictDataSet.PROGRAMME_TOPIC)) {
                    contract.check(json);
                }
                if (n % 10_000 == 0) {
                    deadline.check("publishing events");
                    if (failure.get() != null) {
                        throw new IllegalStateException("Publishing failed", failure.get());
                    }
                }
                producer.send(new ProducerRecord<>(topic, key, json), (metadata, e) -> {
                    if (e != null) {
                        failure.compareAndSet(null, e);
                    }
                });
            });
            producer.flush();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("Publishing failed", failure.get());
        }
    }

    /**
     * Waits until reporting-service reports lag 0 and the district summary shows every expected
     * number. Lag 0 alone is not enough: the service also reports 0 while its consumer has no
     * partitions assigned yet (topics created after it subscribed).
     *
     * @return nanoTime when both held, or -1 on timeout
     */
    private static long awaitCaughtUp(Http reporting, Report report, long publishStart, long events, Deadline consume,
                                      Deadline deadline, java.util.function.BooleanSupplier complete) {
        long lastPrint = System.nanoTime();
        while (true) {
            Http.Reply reply = reporting.get("/admin/projections");
            long lag = reply.status() == 200 ? reply.json().path("lag").asLong(-1) : -1;
            long now = System.nanoTime();
            if (lag == 0 && complete.getAsBoolean()) {
                return now;
            }
            if (now - lastPrint > 30e9) {
                // The service's lag counts from its consumer's fetch position on the partitions assigned so far: a rough figure.
                report.note(String.format("consuming: reported lag %d after %.0f s", lag, (now - publishStart) / 1e9));
                lastPrint = now;
            }
            if (consume.passed() || deadline.passed()) {
                double seconds = (now - publishStart) / 1e9;
                long done = lag >= 0 ? events - lag : -1;
                report.note(String.format("NOT CAUGHT UP within the consume deadline: lag %d of %d events after %.0f s (%.0f events/s); "
                        + "at that rate all would take %.0f min. No correctness check or read timing on partial data.",
                        lag, events, seconds, done / seconds, events / (done / seconds) / 60));
                return -1;
            }
            Fixtures.sleep(1000);
        }
    }

    /**
     * Sequential reads of one kind, each request made through every way in turn, timed after
     * untimed ones that let the JIT compile the path (a service's steady state).
     */
    private static void time(Map<String, Http> vias, String kind, IntFunction<String> path,
                             Map<String, String> headers, int requests, int warmup, Deadline deadline,
                             Map<String, Latencies> timings) {
        for (int i = 0; i < warmup && !deadline.passed(); i++) {
            for (Http http : vias.values()) {
                http.get(path.apply(i), headers).expect(200, "warm-up");
            }
        }
        vias.keySet().forEach(via -> timings.put(via + " " + kind, new Latencies()));
        for (int i = 0; i < requests && !deadline.passed(); i++) {
            for (Map.Entry<String, Http> via : vias.entrySet()) {
                Http.Reply reply = via.getValue().get(path.apply(i), headers).expect(200, "timed read");
                timings.get(via.getKey() + " " + kind).add(reply.nanos());
            }
        }
    }

    private static int verify(Http gateway, DistrictDataSet data, Report report) {
        List<String> problems = districtJsonProblems(gateway, data);
        Map<String, CommunityExpectation> byCode = new HashMap<>();
        data.expected.forEach(e -> byCode.put(e.code, e));

        String csv = gateway.get("/api/v1/statistics/years/" + YEAR, Map.of("Accept", "text/csv")).expect(200, "district CSV").body();
        String[] lines = csv.split("\r?\n");
        List<String> header = List.of(lines[0].split(","));
        compare(problems, "district CSV: rows", data.expected.size(), lines.length - 1);
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].split(",", -1);
            Map<String, String> row = new HashMap<>();
            for (int k = 0; k < header.size() && k < cells.length; k++) {
                row.put(header.get(k).replace("\"", ""), cells[k].replace("\"", ""));
            }
            CommunityExpectation e = byCode.get(row.get("communityCode"));
            if (e == null) {
                problems.add("district CSV: unexpected row " + lines[i]);
                continue;
            }
            String where = "district CSV " + e.code + " ";
            compare(problems, where + "residentPopulation", String.valueOf(e.residentPopulation), row.get("residentPopulation"));
            compare(problems, where + "participants", String.valueOf(e.participantCount()), row.get("participants"));
            compareDecimal(problems, where + "participationRate", e.participationRate(), new BigDecimal(row.get("participationRate")));
            compare(problems, where + "participationTargetMet", String.valueOf(e.participationTargetMet()), row.get("participationTargetMet"));
            compare(problems, where + "featuredProgrammes", String.valueOf(e.featuredProgrammes), row.get("featuredProgrammes"));
            compareDecimal(problems, where + "budget", e.budget, new BigDecimal(row.get("budget")));
            compare(problems, where + "budgetIncreased", e.budgetIncreased() == null ? "" : String.valueOf(e.budgetIncreased()), row.get("budgetIncreased"));
        }

        for (CommunityExpectation e : data.expected) {
            JsonNode r = gateway.get("/api/v1/statistics/communities/" + e.code + "/years/" + YEAR).expect(200, "community report").json();
            String where = "report " + e.code + " ";
            compare(problems, where + "residentPopulation", e.residentPopulation, r.get("residentPopulation").asInt());
            compare(problems, where + "participants", e.participantCount(), r.get("participants").asInt());
            compareDecimal(problems, where + "participationRate", e.participationRate(), r.get("participationRate").decimalValue());
            compare(problems, where + "participationTargetPercent", e.participationTargetPercent, r.get("participationTargetPercent").asInt());
            compare(problems, where + "participationTargetMet", e.participationTargetMet(), r.get("participationTargetMet").asBoolean());
            compare(problems, where + "featuredProgrammes", e.featuredProgrammes, r.get("featuredProgrammes").asInt());
            compare(problems, where + "featuredProgrammeTarget", e.featuredProgrammeTarget, r.get("featuredProgrammeTarget").asInt());
            String[] statuses = {"confirmed", "waitlisted", "cancelled", "completed"};
            for (int s = 0; s < 4; s++) {
                compare(problems, where + "enrolments." + statuses[s], e.enrolments[s], r.get("enrolments").get(statuses[s]).asLong());
            }
            JsonNode strands = r.get("byStrand");
            compare(problems, where + "byStrand rows", 4, strands.size());
            for (JsonNode strand : strands) {
                int s = List.of(CommunityExpectation.STRANDS).indexOf(strand.get("strand").asText());
                String at = where + strand.get("strand").asText() + ".";
                compare(problems, at + "programmes", e.strandProgrammes[s], strand.get("programmes").asInt());
                compare(problems, at + "sessions", e.strandSessions[s], strand.get("sessions").asInt());
                compare(problems, at + "participants", e.strandParticipants[s].cardinality(), strand.get("participants").asInt());
                compare(problems, at + "enrolments", e.strandEnrolments[s], strand.get("enrolments").asLong());
                compare(problems, at + "completions", e.strandCompletions[s], strand.get("completions").asLong());
                compare(problems, at + "learnerHours", e.strandLearnerHours[s], strand.get("learnerHours").asLong());
            }
            compareDecimal(problems, where + "budget", e.budget, r.get("budget").decimalValue());
            if (e.previousYearBudget == null) {
                compare(problems, where + "previousYearBudget", true, r.get("previousYearBudget").isNull());
            } else {
                compareDecimal(problems, where + "previousYearBudget", e.previousYearBudget, r.get("previousYearBudget").decimalValue());
            }
            compare(problems, where + "budgetIncreased", e.budgetIncreased(), r.get("budgetIncreased").isNull() ? null : r.get("budgetIncreased").asBoolean());
        }
        long compared = 0;
        for (CommunityExpectation e : data.expected) {
            compared += e.enrolments[0] + e.enrolments[1] + e.enrolments[2] + e.enrolments[3];
        }
        report.figure("direct count", String.format("%d communities, %d enrolments, %d participants in all",
                data.expected.size(), compared, data.expected.stream().mapToInt(CommunityExpectation::participantCount).sum()));
        problems.stream().limit(10).forEach(p -> report.note("mismatch: " + p));
        return problems.size();
    }

    /** Every number of the district summary (JSON) against the direct count. */
    private static List<String> districtJsonProblems(Http gateway, DistrictDataSet data) {
        List<String> problems = new ArrayList<>();
        Map<String, CommunityExpectation> byCode = new HashMap<>();
        data.expected.forEach(e -> byCode.put(e.code, e));
        JsonNode summary = gateway.get("/api/v1/statistics/years/" + YEAR).expect(200, "district summary").json();
        JsonNode rows = summary.get("communities");
        compare(problems, "district JSON: communities", data.expected.size(), rows.size());
        for (JsonNode row : rows) {
            CommunityExpectation e = byCode.get(row.get("communityCode").asText());
            if (e == null) {
                problems.add("district JSON: unexpected community " + row.get("communityCode"));
                continue;
            }
            String where = "district JSON " + e.code + " ";
            compare(problems, where + "residentPopulation", e.residentPopulation, row.get("residentPopulation").asInt());
            compare(problems, where + "participants", e.participantCount(), row.get("participants").asInt());
            compareDecimal(problems, where + "participationRate", e.participationRate(), row.get("participationRate").decimalValue());
            compare(problems, where + "participationTargetMet", e.participationTargetMet(), row.get("participationTargetMet").asBoolean());
            compare(problems, where + "featuredProgrammes", e.featuredProgrammes, row.get("featuredProgrammes").asInt());
            compareDecimal(problems, where + "budget", e.budget, row.get("budget").decimalValue());
            compare(problems, where + "budgetIncreased", e.budgetIncreased(), row.get("budgetIncreased").isNull() ? null : row.get("budgetIncreased").asBoolean());
        }

        return problems;
    }

    private static void compare(List<String> problems, String what, Object expected, Object actual) {
        if (!java.util.Objects.equals(expected, actual)) {
            problems.add(what + ": expected " + expected + ", got " + actual);
        }
    }

    private static void compareDecimal(List<String> problems, String what, BigDecimal expected, BigDecimal actual) {
        if (expected.compareTo(actual) != 0) {
            problems.add(what + ": expected " + expected + ", got " + actual);
        }
    }
}
