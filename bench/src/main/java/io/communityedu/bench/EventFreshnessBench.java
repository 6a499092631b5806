package io.communityedu.bench;

import io.communityedu.localstack.suite.RunningSuite;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Benchmark 3: how long an accepted enrolment takes to show in the statistics read through the
 * gateway (outbox relay, Kafka, reporting-service's consumer, its database), while a steady
 * background load of registrations, enrolments and statistics reads runs in another community.
 * One probe at a time: read the probe community's confirmed count, enrol (201 = accepted), then
 * poll GET /api/v1/statistics/communities/{code}/years/{year} until the count has gone up.
 */
public final class EventFreshnessBench implements Benchmark {

    private static final int YEAR = 2010;

    @Override
    public String name() {
        return "freshness";
    }

    @Override
    public String description() {
        return "accepted enrolment -> visible in the statistics, under steady background load";
    }

    @Override
    public void run(BenchArgs args, Report report) throws Exception {
        int probes = args.integer("probes", 300);
        int backgroundEnrolmentsPerSecond = args.integer("background-enrolments-per-second", 20);
        int backgroundReadsPerSecond = args.integer("background-reads-per-second", 50);
        int pollMillis = args.integer("poll-ms", 20);
        Duration warmup = args.duration("warmup", "60s");
        Deadline deadline = Deadline.in(args.duration("deadline", "10m"));
        args.complete(report);

        try (RunningSuite suite = BenchSuite.start(report)) {
            Http gateway = new Http(suite.gateway(), BenchSuite.adminToken(suite));
            Fixtures fixtures = new Fixtures(gateway);
            String suffix = Fixtures.uniqueSuffix();
            String probeCommunity = "fresh-" + suffix;
            String busyCommunity = "busy-" + suffix;
            String probeSession = fixtures.openSession(probeCommunity, YEAR, 100_000, "新鲜度探针", "RESIDENT_TRAINING", false,
                    100_000, 2, deadline).sessionId();
            OpenSession busy = fixtures.openSession(busyCommunity, YEAR, 100_000, "背景负载", "JOB_CAPABILITY", false,
                    100_000, 2, deadline);
            String[] probeResidents = new String[probes];
            ParallelClients.run(8, probes, deadline, i -> probeResidents[i] = fixtures.resident(probeCommunity, i, deadline));
            String statistics = "/api/v1/statistics/communities/" + probeCommunity + "/years/" + YEAR;
            // The canary enrolment must be counted before the first probe.
            awaitConfirmed(gateway, statistics, 1, deadline, pollMillis);

            // Background: open-loop, at fixed rates, in the other community.
            ScheduledExecutorService clock = Executors.newScheduledThreadPool(2);
            ExecutorService workers = Executors.newFixedThreadPool(16);
            AtomicInteger backgroundNumber = new AtomicInteger(1_000_000);
            AtomicLong backgroundEnrolments = new AtomicLong();
            AtomicLong backgroundReads = new AtomicLong();
            AtomicLong backgroundFailures = new AtomicLong();
            Latencies backgroundEnrolLatency = new Latencies();
            clock.scheduleAtFixedRate(() -> workers.execute(() -> {
                String resident = fixtures.resident(busyCommunity, backgroundNumber.incrementAndGet(), deadline);
                Http.Reply reply = gateway.post("/api/v1/enrolments", Map.of("residentId", resident, "sessionId", busy.sessionId()));
                backgroundEnrolLatency.add(reply.nanos());
                (reply.status() == 201 ? backgroundEnrolments : backgroundFailures).incrementAndGet();
            }), 0, 1_000_000 / Math.max(1, backgroundEnrolmentsPerSecond), TimeUnit.MICROSECONDS);
            List<String> reads = List.of("/api/v1/statistics/communities/" + busyCommunity + "/years/" + YEAR,
                    "/api/v1/statistics/years/" + YEAR, "/api/v1/programmes/" + busy.programmeId(), "/api/v1/sessions/" + busy.sessionId());
            AtomicInteger readIndex = new AtomicInteger();
            clock.scheduleAtFixedRate(() -> workers.execute(() -> {
                Http.Reply reply = gateway.get(reads.get(Math.floorMod(readIndex.getAndIncrement(), reads.size())));
                (reply.status() == 200 ? backgroundReads : backgroundFailures).incrementAndGet();
            }), 0, 1_000_000 / Math.max(1, backgroundReadsPerSecond), TimeUnit.MICROSECONDS);

            Latencies freshness = new Latencies();
            Latencies enrolLatency = new Latencies();
            List<long[]> probeTimes = new ArrayList<>(); // {probe, ms since start, freshness ns}: when the slow ones happened
            long start = System.nanoTime();
            try {
                // Untimed: the background load alone first, so the JIT has compiled its paths (the
                // statistics reads are the probes' too) and the consumers have their partitions.
                Thread.sleep(warmup.toMillis());
                int confirmed = 1;
                for (int i = 0; i < probes && !deadline.passed(); i++) {
                    Http.Reply enrol = gateway.post("/api/v1/enrolments", Map.of("residentId", probeResidents[i], "sessionId", probeSession))
                            .expect(201, "probe enrolment");
                    long accepted = System.nanoTime();
                    enrolLatency.add(enrol.nanos());
                    confirmed++;
                    try {
                        awaitConfirmed(gateway, statistics, confirmed, deadline, pollMillis);
                    } catch (Deadline.DeadlineExceeded e) {
                        report.note("STOPPED at the deadline after " + freshness.count() + " probes; figures below are for those");
                        break;
                    }
                    freshness.add(System.nanoTime() - accepted);
                    probeTimes.add(new long[]{i, (accepted - start) / 1_000_000, System.nanoTime() - accepted});
                    Thread.sleep(20 + (i * 37) % 80); // probes at irregular moments against the background
                }
            } finally {
                clock.shutdownNow();
                workers.shutdownNow(); // an open-loop backlog (load above capacity) is dropped, not drained
                workers.awaitTermination(30, TimeUnit.SECONDS);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            report.figure("background load", String.format("%.1f enrolments/s (each after a registration) + %.1f reads/s, %d failures; background enrol latency %s",
                    backgroundEnrolments.get() / seconds, backgroundReads.get() / seconds, backgroundFailures.get(), backgroundEnrolLatency.summary()));
            report.figure("probe enrolment latency (201)", enrolLatency.summary());
            report.figure("freshness (201 received -> visible in statistics via gateway)", freshness.summary());
            report.figure("slowest probes", probeTimes.stream().sorted(Comparator.comparingLong((long[] p) -> p[2]).reversed())
                    .limit(8).map(p -> String.format("#%d at %.1f s: %.0f ms", p[0], p[1] / 1e3, p[2] / 1e6))
                    .collect(Collectors.joining(", ")));
            report.figure("polling", "every " + pollMillis + " ms through the gateway, so figures include up to one poll interval plus one GET");
            report.goal("p99 freshness < 500 ms", freshness.percentileMillis(99) < 500,
                    String.format("p99 = %.1f ms", freshness.percentileMillis(99)));
            report.goal("API.md: visible within 2 s (max)", freshness.maxMillis() < 2000, String.format("max = %.1f ms", freshness.maxMillis()));
        }
    }

    private static void awaitConfirmed(Http gateway, String statistics, int expected, Deadline deadline, int pollMillis) {
        while (true) {
            Http.Reply reply = gateway.get(statistics);
            if (reply.status() == 200 && reply.json().path("enrolments").path("confirmed").asInt() >= expected) {
                return;
            }
            deadline.check("waiting for an enrolment to show in the statistics");
            Fixtures.sleep(pollMillis);
        }
    }
}
