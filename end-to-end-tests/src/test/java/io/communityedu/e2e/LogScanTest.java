package io.communityedu.e2e;

import io.communityedu.localstack.suite.RunningSuite;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs after every other class of the run (junit-platform.properties orders classes by @Order) and reads
 * the log of every process of the suite (gateway, the three services, and any extra instance a test started:
 * the *.log files of {@link RunningSuite#home()}): none may carry a name or phone of a resident the tests sent
 * ({@link PersonalDataUsed}) or of the demo data, as written, URL-encoded (upper- or lower-case escapes) or
 * JSON-escaped (API.md "Personal data rights and audit": logs carry no names, phones or birth dates).
 * <p>
 * Birth dates are not looked for: dates are everywhere in logs, a date alone names no one.
 */
@ExtendWith(SuiteExtension.class)
@Order(Integer.MAX_VALUE)
class LogScanTest {

    private static final int MAX_REPORTED = 50;

    @Test
    void noLogOfTheSuiteCarriesANameOrPhoneOfAResident(RunningSuite suite) throws IOException {
        PersonalDataUsed.DemoPeople demo = PersonalDataUsed.demo();
        assertTrue(demo.names().size() >= 12 && demo.phones().size() >= 12,
                "the demo data's twelve residents were not found in " + PersonalDataUsed.DEMO_DATA_SOURCE + ": " + demo);
        Set<String> names = new TreeSet<>(PersonalDataUsed.names());
        names.addAll(demo.names());
        Set<String> phones = new TreeSet<>(PersonalDataUsed.phones());
        phones.addAll(demo.phones());

        // A search by a name (the query string must stay out of the logs) whose request id must be in them:
        // the scan reads the logs where requests are written, as they are written.
        String marker = "logscan-" + UUID.randomUUID();
        given().header("Authorization", "Bearer " + Tokens.of(Tokens.OFFICER)).header("X-Request-Id", marker)
                .queryParam("q", demo.names().iterator().next()).get("/api/v1/teachers").then().statusCode(200);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            for (String log : List.of("gateway.log", "programmes-service.log")) {
                assertTrue(Files.readString(suite.home().resolve(log)).contains("rid=" + marker), log + " has the search's line");
            }
        });

        // Every form a name can take in a log line, each mapped back to the name.
        Map<String, String> nameForms = new LinkedHashMap<>();
        for (String name : names) {
            nameForms.put(name, name);
            String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8);
            nameForms.put(encoded, name);
            nameForms.put(encoded.toLowerCase(Locale.ROOT), name);
            nameForms.put(jsonEscaped(name, false), name);
            nameForms.put(jsonEscaped(name, true), name);
        }
        List<String> alternatives = new ArrayList<>();
        nameForms.keySet().stream().sorted((a, b) -> b.length() - a.length()).forEach(form -> alternatives.add(Pattern.quote(form)));
        phones.forEach(phone -> alternatives.add("(?<![0-9])" + Pattern.quote(phone) + "(?![0-9])"));
        Pattern personal = Pattern.compile(String.join("|", alternatives));

        List<Path> logs;
        try (Stream<Path> files = Files.list(suite.home())) {
            logs = files.filter(file -> file.getFileName().toString().endsWith(".log") && Files.isRegularFile(file))
                    .sorted().toList();
        }
        Set<String> scanned = new TreeSet<>(logs.stream().map(file -> file.getFileName().toString()).toList());
        assertTrue(scanned.containsAll(List.of("gateway.log", "programmes-service.log", "enrolment-service.log",
                "reporting-service.log")), "the suite's logs in " + suite.home() + ": " + scanned);

        List<String> found = new ArrayList<>();
        long lines = 0;
        for (Path log : logs) {
            // Malformed bytes become U+FFFD rather than stopping the scan.
            String text = new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
            String[] logLines = text.split("\r?\n");
            lines += logLines.length;
            for (int i = 0; i < logLines.length; i++) {
                Matcher matcher = personal.matcher(logLines[i]);
                if (matcher.find()) {
                    String match = matcher.group();
                    found.add(log.getFileName() + ":" + (i + 1) + ": " + nameForms.getOrDefault(match, match) + " in: "
                            + abbreviate(logLines[i]));
                }
            }
        }
        System.out.printf("LogScanTest: %d lines of %s, %d names (%d forms) and %d phones looked for%n", lines, scanned,
                names.size(), nameForms.size(), phones.size());
        if (!found.isEmpty()) {
            fail(found.size() + " log lines carry a resident's name or phone:\n"
                    + String.join("\n", found.subList(0, Math.min(found.size(), MAX_REPORTED))));
        }
    }

    @Test
    void theScanFindsWhatItLooksFor() {
        // The forms of a name the scan looks for, checked on a name of its own.
        assertEquals("%E8%B5%B5%E9%9B%A8%E6%A1%90", URLEncoder.encode("赵雨桐", StandardCharsets.UTF_8));
        assertEquals("\\u8d75\\u96e8\\u6850", jsonEscaped("赵雨桐", false));
        assertEquals("\\u8D75\\u96E8\\u6850", jsonEscaped("赵雨桐", true));
    }

    /** The name as a JSON writer that escapes non-ASCII characters writes it. */
    private static String jsonEscaped(String text, boolean upperCase) {
        StringBuilder escaped = new StringBuilder();
        text.chars().forEach(c -> {
            String hex = String.format("%04x", c);
            escaped.append("\\u").append(upperCase ? hex.toUpperCase(Locale.ROOT) : hex);
        });
        return escaped.toString();
    }

    private static String abbreviate(String line) {
        return line.length() <= 300 ? line : line.substring(0, 300) + "…";
    }
}
