package io.communityedu.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Runs one benchmark by name, or all in order: {@code java -jar bench.jar [NAME|all] [--param=value ...]}.
 * Each starts its own fresh suite on free ports on this machine, stays within its deadline and
 * prints its figures (also appended to target/results/figures.txt).
 */
public final class BenchMain {

    private static final List<Benchmark> ALL = List.of(new EnrolmentRushBench(), new FootprintBench(),
            new EventFreshnessBench(), new GatewayCostBench(), new DistrictPullBench());

    private BenchMain() {
    }

    public static void main(String[] args) {
        String name = args.length == 0 || args[0].startsWith("--") ? "all" : args[0];
        List<String> params = Arrays.asList(args).subList(args.length == 0 || args[0].startsWith("--") ? 0 : 1, args.length);
        List<Benchmark> chosen = name.equals("all") ? ALL
                : ALL.stream().filter(b -> b.name().equals(name)).toList();
        if (chosen.isEmpty()) {
            System.err.println("Unknown benchmark " + name + "; one of: all "
                    + String.join(" ", ALL.stream().map(Benchmark::name).toList()));
            System.exit(2);
        }
        if (chosen.size() > 1 && !params.isEmpty()) {
            System.err.println("Parameters apply to one benchmark: name it (bench/run NAME --param=value)");
            System.exit(2);
        }
        boolean failed = false;
        for (Benchmark benchmark : chosen) {
            Report report = new Report(benchmark.name(), Path.of("target", "results"));
            report.note("=== " + benchmark.name() + ": " + benchmark.description() + " ===");
            long start = System.nanoTime();
            try {
                benchmark.run(new BenchArgs(params), report);
            } catch (Deadline.DeadlineExceeded e) {
                failed = true;
                report.note("STOPPED: " + e.getMessage());
            } catch (Exception e) {
                failed = true;
                report.note("FAILED: " + e);
                e.printStackTrace();
            }
            report.note(String.format("took %.0f s", (System.nanoTime() - start) / 1e9));
        }
        System.exit(failed ? 1 : 0);
    }
}
