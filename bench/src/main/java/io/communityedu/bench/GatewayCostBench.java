package io.communityedu.bench;

import io.communityedu.localstack.suite.RunningSuite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Benchmark 2: the same read-heavy request mix (wrk + Lua) against programmes-service directly,
 * through the gateway, and through a plain nginx reverse proxy to the same service, in alternating
 * rounds within one run. Reports the gateway's throughput and p99 as ratios to direct and to nginx.
 */
public final class GatewayCostBench implements Benchmark {

    private static final String TOKEN_MARK = "@token@";

    private static final int YEAR = 2010;
    private static final String[] STRANDS = {"YOUTH_DEVELOPMENT", "JOB_CAPABILITY", "RESIDENT_TRAINING", "SELF_EDUCATION"};

    @Override
    public String name() {
        return "gateway-cost";
    }

    @Override
    public String description() {
        return "same request mix direct vs through the gateway vs through nginx";
    }

    @Override
    public void run(BenchArgs args, Report report) throws Exception {
        Duration duration = args.duration("duration", "20s");
        Duration warmup = args.duration("warmup", "30s");
        int rounds = args.integer("rounds", 3);
        int connections = args.integer("connections", 32);
        int threads = args.integer("threads", 2);
        int writePercent = args.integer("write-percent", 5);
        Deadline deadline = Deadline.in(args.duration("deadline", "15m"));
        args.complete(report);

        Path work = Path.of("target", "gateway-cost-" + System.currentTimeMillis()).toAbsolutePath();
        Files.createDirectories(work);
        try (RunningSuite suite = BenchSuite.start(report);
             NginxProxy nginx = new NginxProxy(work.resolve("nginx"), BenchSuite.ipv4(suite.programmesUri()))) {
            Supplier<String> token = BenchSuite.adminToken(suite);
            Http gateway = new Http(suite.gateway(), token);
            Path script = work.resolve("mix.lua");
            String mix = seed(gateway, writePercent);
            report.figure("mix", String.format("GETs of programmes, sessions, programme lists and communities (programmes-service), %d%% PUT of an annual plan; wrk -t%d -c%d, %s per measurement after %s warm-up, %d rounds",
                    writePercent, threads, connections, duration.toSeconds() + "s", warmup.toSeconds() + "s", rounds));
            Map<String, String> targets = new LinkedHashMap<>();
            targets.put("direct", BenchSuite.ipv4(suite.programmesUri()).toString());
            targets.put("gateway", BenchSuite.ipv4(suite.gateway()).toString());
            targets.put("nginx", nginx.uri().toString());

            Wrk wrk = new Wrk(threads, connections, script);
            Map<String, List<Wrk.Result>> results = new LinkedHashMap<>();
            // The proxies' own CPU (the gateway's JVM; nginx's master and workers) over each timed measurement.
            Map<String, List<Double>> proxyCpu = Map.of("gateway", new ArrayList<>(), "nginx", new ArrayList<>());
            targets.keySet().forEach(t -> results.put(t, new ArrayList<>()));
            List<String> order = new ArrayList<>(targets.keySet());
            for (int round = 1; round <= rounds; round++) {
                for (String target : order) {
                    deadline.check("round " + round + " " + target);
                    // The PUTs carry a token valid for the whole run: written afresh before each.
                    Files.writeString(script, mix.replace(TOKEN_MARK, token.get()));
                    wrk.run(target, targets.get(target), warmup);
                    long proxy = target.equals("gateway") ? suite.gatewayProcess().pid() : target.equals("nginx") ? nginx.pid() : -1;
                    double cpuBefore = proxy < 0 ? 0 : ProcessCpu.millis(proxy);
                    Wrk.Result result = wrk.run(target, targets.get(target), duration);
                    results.get(target).add(result);
                    report.figure("round " + round, result);
                    if (proxy >= 0) {
                        double perRequest = (ProcessCpu.millis(proxy) - cpuBefore) / Math.max(1, result.requests());
                        proxyCpu.get(target).add(perRequest);
                        report.figure("round " + round + " " + target + " CPU per proxied request", String.format("%.3f ms", perRequest));
                    }
                }
                java.util.Collections.rotate(order, 1); // each target goes first once: no one always gets the cold start
            }
            Map<String, double[]> summary = new LinkedHashMap<>();
            results.forEach((target, list) -> {
                double rps = list.stream().mapToDouble(Wrk.Result::requestsPerSecond).average().orElse(Double.NaN);
                double p99 = list.stream().mapToDouble(Wrk.Result::p99Millis).average().orElse(Double.NaN);
                double p50 = list.stream().mapToDouble(Wrk.Result::p50Millis).average().orElse(Double.NaN);
                long bad = list.stream().mapToLong(r -> r.errors() + r.non2xx()).sum();
                summary.put(target, new double[]{rps, p50, p99, bad});
                report.figure("mean of rounds " + target, String.format("%.0f req/s, p50 %.2f ms, p99 %.2f ms, %d errors/non-2xx", rps, p50, p99, bad));
            });
            double[] direct = summary.get("direct");
            double[] viaGateway = summary.get("gateway");
            double[] viaNginx = summary.get("nginx");
            report.figure("gateway / direct", String.format("throughput %.2f, p99 %.2f", viaGateway[0] / direct[0], viaGateway[2] / direct[2]));
            report.figure("gateway / nginx", String.format("throughput %.2f, p99 %.2f", viaGateway[0] / viaNginx[0], viaGateway[2] / viaNginx[2]));
            report.figure("nginx / direct", String.format("throughput %.2f, p99 %.2f", viaNginx[0] / direct[0], viaNginx[2] / direct[2]));
            double gatewayCpu = proxyCpu.get("gateway").stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
            double nginxCpu = proxyCpu.get("nginx").stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
            report.figure("CPU per proxied request (mean of rounds)", String.format("gateway %.3f ms, nginx %.3f ms", gatewayCpu, nginxCpu));
            report.goal("gateway CPU per proxied request <= 0.15 ms", gatewayCpu <= 0.15, String.format("%.3f ms", gatewayCpu));
            report.goal("gateway p99 within 15% of direct", viaGateway[2] <= 1.15 * direct[2],
                    String.format("%.2f ms vs %.2f ms", viaGateway[2], direct[2]));
            report.goal("gateway throughput within 15% of direct", viaGateway[0] >= 0.85 * direct[0],
                    String.format("%.0f%% of direct", 100 * viaGateway[0] / direct[0]));
            report.goal("gateway throughput no worse than nginx", viaGateway[0] >= viaNginx[0],
                    String.format("%.0f%% of nginx", 100 * viaGateway[0] / viaNginx[0]));
            report.goal("gateway p99 no worse than nginx", viaGateway[2] <= viaNginx[2],
                    String.format("%.2f ms vs %.2f ms", viaGateway[2], viaNginx[2]));
            report.check("no socket errors or non-2xx", summary.values().stream().allMatch(s -> s[3] == 0),
                    "direct " + (long) direct[3] + ", gateway " + (long) viaGateway[3] + ", nginx " + (long) viaNginx[3]);
            report.note("nginx config, logs: " + work.resolve("nginx"));
        }
    }

    /** Creates what the mix reads (through the gateway) and returns the wrk Lua script. */
    private String seed(Http gateway, int writePercent) {
        Fixtures fixtures = new Fixtures(gateway);
        String suffix = Fixtures.uniqueSuffix();
        List<String> gets = new ArrayList<>();
        List<String> puts = new ArrayList<>();
        for (int c = 0; c < 5; c++) {
            String code = "gw" + c + "-" + suffix;
            fixtures.community(code);
            gets.add("/api/v1/communities/" + code);
            gets.add("/api/v1/programmes?community=" + code + "&year=" + YEAR + "&size=20");
            for (int year = YEAR - 4; year <= YEAR; year++) {
                fixtures.plan(code, year, 12000, 50, 2, "150000.00");
                puts.add("/api/v1/communities/" + code + "/plans/" + year);
            }
            gets.add("/api/v1/communities/" + code + "/plans/" + YEAR);
            for (int p = 0; p < 8; p++) {
                String programme = fixtures.programme(code, YEAR, "课程 " + p, STRANDS[p % 4], p < 2);
                gets.add("/api/v1/programmes/" + programme);
                gets.add("/api/v1/programmes/" + programme);
                gets.add("/api/v1/programmes/" + programme + "/sessions");
                for (int s = 0; s < 2; s++) {
                    gets.add("/api/v1/sessions/" + fixtures.session(programme, YEAR, 30, 24));
                }
            }
        }
        gets.add("/api/v1/communities?size=20");
        StringBuilder lua = new StringBuilder("-- generated by GatewayCostBench: the same mix for every target\n");
        lua.append("local gets = {\n");
        gets.forEach(p -> lua.append("  \"").append(p).append("\",\n"));
        lua.append("}\nlocal puts = {\n");
        puts.forEach(p -> lua.append("  \"").append(p).append("\",\n"));
        lua.append("}\n");
        lua.append("""
                local body = '{"residentPopulation": 12000, "participationTargetPercent": 50, "featuredProgrammeTarget": 2, "budget": 150000.00}'
                local headers = { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer %s" }
                local writePercent = %d
                request = function()
                  if math.random(100) <= writePercent then
                    return wrk.format("PUT", puts[math.random(#puts)], headers, body)
                  end
                  return wrk.format("GET", gets[math.random(#gets)])
                end
                """.formatted(TOKEN_MARK, writePercent));
        return lua.toString();
    }
}
