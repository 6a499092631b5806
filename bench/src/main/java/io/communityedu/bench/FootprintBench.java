package io.communityedu.bench;

import io.communityedu.localstack.suite.RunningSuite;
import io.communityedu.localstack.suite.SuiteProcess;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Benchmark 5: how long the whole suite takes to start (fresh local stack, three services and the
 * gateway, until the gateway reports everything ready) and each process's resident memory when idle.
 */
public final class FootprintBench implements Benchmark {

    @Override
    public String name() {
        return "footprint";
    }

    @Override
    public String description() {
        return "suite start time and idle RSS of each process";
    }

    @Override
    public void run(BenchArgs args, Report report) throws Exception {
        int starts = args.integer("starts", 2);
        Duration idle = args.duration("idle", "15s");
        Deadline deadline = Deadline.in(args.duration("deadline", "10m"));
        args.complete(report);
        Latencies startTimes = new Latencies();
        long largestServiceKb = 0;
        long largestGatewayKb = 0;
        for (int run = 1; run <= starts && !deadline.passed(); run++) {
            long begin = System.nanoTime();
            try (RunningSuite suite = BenchSuite.start(report)) {
                startTimes.add(System.nanoTime() - begin);
                Thread.sleep(idle.toMillis());
                long total = 0;
                for (SuiteProcess process : List.of(suite.programmes(), suite.enrolment(), suite.reporting(), suite.gatewayProcess())) {
                    long kb = rssKb(process.pid());
                    total += kb;
                    if (process == suite.gatewayProcess()) {
                        largestGatewayKb = Math.max(largestGatewayKb, kb);
                    } else {
                        largestServiceKb = Math.max(largestServiceKb, kb);
                    }
                    report.figure("run " + run + " idle RSS " + process.name(), mb(kb));
                }
                // The local stack: Kafka runs inside this JVM (with the idle benchmark driver), MariaDB as its child process.
                long self = rssKb(ProcessHandle.current().pid());
                report.figure("run " + run + " idle RSS bench JVM (in-process Kafka broker + driver)", mb(self));
                long mariadb = ProcessHandle.current().descendants()
                        .filter(p -> p.info().command().orElse("").contains("mariadbd") || p.info().command().orElse("").contains("mysqld"))
                        .mapToLong(p -> rssKb(p.pid())).sum();
                report.figure("run " + run + " idle RSS MariaDB (mariadbd)", mb(mariadb));
                report.figure("run " + run + " idle RSS total (services + gateway)", mb(total));
                report.figure("run " + run + " idle RSS total (everything)", mb(total + self + mariadb));
            }
        }
        report.figure("suite start, wall time", String.format("%d starts: min %.1f s, max %.1f s", startTimes.count(),
                startTimes.percentileMillis(1) / 1000, startTimes.maxMillis() / 1000));
        report.goal("every suite start <= 30 s", startTimes.maxMillis() <= 30_000,
                String.format("slowest %.1f s of %d", startTimes.maxMillis() / 1000, startTimes.count()));
        report.goal("each service <= 250 MB RSS idle", largestServiceKb <= 250 * 1024, "largest " + mb(largestServiceKb));
        report.goal("gateway <= 150 MB RSS idle", largestGatewayKb <= 150 * 1024, "largest " + mb(largestGatewayKb));
    }

    static long rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    private static String mb(long kb) {
        return String.format("%.0f MB", kb / 1024.0);
    }
}
