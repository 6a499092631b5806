package io.communityedu.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs Debian's wrk with a Lua script against one address and reads its figures. */
public final class Wrk {

    /** What one wrk run measured. */
    public record Result(String target, double requestsPerSecond, double p50Millis, double p99Millis,
                         long requests, long errors, long non2xx) {
        @Override
        public String toString() {
            return String.format("%-8s %8.0f req/s  p50 %6.2f ms  p99 %6.2f ms  (%d requests, %d socket errors, %d non-2xx)",
                    target, requestsPerSecond, p50Millis, p99Millis, requests, errors, non2xx);
        }
    }

    private final int threads;
    private final int connections;
    private final Path script;

    public Wrk(int threads, int connections, Path script) {
        this.threads = threads;
        this.connections = connections;
        this.script = script;
    }

    public Result run(String target, String baseUrl, Duration duration) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of("wrk", "-t" + threads, "-c" + connections, "-d" + duration.toSeconds() + "s",
                "--timeout", "10s", "--latency", "-s", script.toString(), baseUrl)).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(duration.toSeconds() + 60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("wrk did not finish");
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("wrk failed:\n" + out);
        }
        return new Result(target, number(out, "Requests/sec:\\s+([0-9.]+)"), millis(out, "50%"), millis(out, "99%"),
                (long) number(out, "([0-9]+) requests in"), errors(out), (long) numberOrZero(out, "Non-2xx or 3xx responses:\\s+([0-9]+)"));
    }

    private static double millis(String out, String percentile) {
        Matcher m = Pattern.compile("\\s" + Pattern.quote(percentile) + "\\s+([0-9.]+)(us|ms|s)").matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("No " + percentile + " in wrk output:\n" + out);
        }
        double value = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }

    private static long errors(String out) {
        Matcher m = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)").matcher(out);
        if (!m.find()) {
            return 0;
        }
        long total = 0;
        for (int i = 1; i <= 4; i++) {
            total += Long.parseLong(m.group(i));
        }
        return total;
    }

    private static double number(String out, String regex) {
        Matcher m = Pattern.compile(regex).matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("No " + regex + " in wrk output:\n" + out);
        }
        return Double.parseDouble(m.group(1));
    }

    private static double numberOrZero(String out, String regex) {
        Matcher m = Pattern.compile(regex).matcher(out);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
