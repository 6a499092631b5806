package io.communityedu.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/** Prints a benchmark's figures as they come and appends them to target/results/figures.txt. */
public final class Report {

    private final String benchmark;
    private final Path file;

    public Report(String benchmark, Path directory) {
        this.benchmark = benchmark;
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.file = directory.resolve("figures.txt");
    }

    /** A figure: printed as "[benchmark] name: value". */
    public void figure(String name, Object value) {
        write(String.format("[%s] %s: %s", benchmark, name, value));
    }

    /** A goal with the measured value and whether it is met. */
    public void goal(String goal, boolean met, String measured) {
        write(String.format("[%s] GOAL %s: %s (%s)", benchmark, goal, met ? "MET" : "MISSED", measured));
    }

    /** A check of correctness: PASS or FAIL with what was found. */
    public boolean check(String what, boolean passed, String found) {
        write(String.format("[%s] CHECK %s: %s (%s)", benchmark, what, passed ? "PASS" : "FAIL", found));
        return passed;
    }

    public void note(String text) {
        write(String.format("[%s] %s", benchmark, text));
    }

    private synchronized void write(String line) {
        System.out.println(line);
        System.out.flush();
        try {
            Files.writeString(file, Instant.now() + " " + line + System.lineSeparator(),
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
