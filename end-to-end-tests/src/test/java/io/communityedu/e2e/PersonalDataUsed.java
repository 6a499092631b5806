package io.communityedu.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The residents' names and phones the end-to-end tests sent to the suite (registered by
 * {@link Scenario#resident}, {@link AccessMatrixTest#registerMe} and the tests that register residents
 * otherwise), and those of the demo data: {@link LogScanTest} looks for each of them in every log of the run.
 */
final class PersonalDataUsed {

    private static final Set<String> NAMES = ConcurrentHashMap.newKeySet();
    private static final Set<String> PHONES = ConcurrentHashMap.newKeySet();

    /** Where the demo's residents are written down (the module is run from end-to-end-tests/). */
    static final Path DEMO_DATA_SOURCE = Path.of("..", "demo-data", "src", "main", "java", "io", "communityedu", "demo",
            "DemoData.java");

    private PersonalDataUsed() {
    }

    /** Remembers a resident's name (null ignored); returns it. */
    static String name(String name) {
        if (name != null && !name.isBlank()) {
            NAMES.add(name);
        }
        return name;
    }

    /** Remembers a resident's phone (null ignored); returns it. */
    static String phone(String phone) {
        if (phone != null && !phone.isBlank()) {
            PHONES.add(phone);
        }
        return phone;
    }

    static void resident(String name, String phone) {
        name(name);
        phone(phone);
    }

    /** A mobile number no other test uses (139 and eight random digits), remembered. */
    static String newPhone() {
        return phone("139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000)));
    }

    static Set<String> names() {
        return new TreeSet<>(NAMES);
    }

    static Set<String> phones() {
        return new TreeSet<>(PHONES);
    }

    /**
     * The demo data's residents (and teachers, whose names and phones are personal too), read from
     * DemoData's source: its {@code resident(name, birthDate, group, phone)} and {@code teacher(name, …, phone)}
     * calls and its self-registrations ({@code "name", …, "phone", …} bodies).
     */
    static DemoPeople demo() {
        String source;
        try {
            source = Files.readString(DEMO_DATA_SOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo data's residents from " + DEMO_DATA_SOURCE.toAbsolutePath(), e);
        }
        Set<String> names = new TreeSet<>();
        Set<String> phones = new TreeSet<>();
        Matcher call = Pattern.compile("(?:resident|teacher)\\(\"(\\p{IsHan}{2,})\",.*?\"(1\\d{10})\"\\)").matcher(source);
        while (call.find()) {
            names.add(call.group(1));
            phones.add(call.group(2));
        }
        Matcher body = Pattern.compile("\"name\", \"(\\p{IsHan}{2,})\",[^;]*?\"phone\", \"(1\\d{10})\"", Pattern.DOTALL).matcher(source);
        while (body.find()) {
            names.add(body.group(1));
            phones.add(body.group(2));
        }
        return new DemoPeople(names, phones);
    }

    record DemoPeople(Set<String> names, Set<String> phones) {
    }
}
