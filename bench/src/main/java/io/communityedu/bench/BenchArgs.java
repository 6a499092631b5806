package io.communityedu.bench;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Benchmark parameters given as {@code --name=value} on the command line; each has a default. */
public final class BenchArgs {

    private final Map<String, String> values = new HashMap<>();
    private final Map<String, String> used = new HashMap<>();

    public BenchArgs(List<String> args) {
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("Parameters look like --name=value, not " + arg);
            }
            values.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
    }

    public int integer(String name, int defaultValue) {
        return Integer.parseInt(text(name, String.valueOf(defaultValue)));
    }

    /** A duration as 90s, 5m or 1h (or a number of seconds). */
    public Duration duration(String name, String defaultValue) {
        String text = text(name, defaultValue).trim().toLowerCase();
        char unit = text.charAt(text.length() - 1);
        if (Character.isDigit(unit)) {
            return Duration.ofSeconds(Long.parseLong(text));
        }
        long amount = Long.parseLong(text.substring(0, text.length() - 1));
        return switch (unit) {
            case 's' -> Duration.ofSeconds(amount);
            case 'm' -> Duration.ofMinutes(amount);
            case 'h' -> Duration.ofHours(amount);
            default -> throw new IllegalArgumentException("Unknown duration unit in --" + name + "=" + text);
        };
    }

    public String text(String name, String defaultValue) {
        String value = values.getOrDefault(name, defaultValue);
        used.put(name, value);
        return value;
    }

    /**
     * Called once every parameter has been read: fails on one no benchmark asked for (a typo would
     * otherwise silently use a default), then notes the parameters in force with the figures.
     */
    public void complete(Report report) {
        for (String name : values.keySet()) {
            if (!used.containsKey(name)) {
                throw new IllegalArgumentException("Unknown parameter --" + name);
            }
        }
        report.note("parameters: " + describe());
    }

    private String describe() {
        StringBuilder out = new StringBuilder();
        used.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.append(" --").append(e.getKey()).append('=').append(e.getValue()));
        return out.toString().trim();
    }
}
