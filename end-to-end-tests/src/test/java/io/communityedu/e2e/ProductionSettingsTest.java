package io.communityedu.e2e;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A packaged service (the prod profile) never falls back to root with an empty password. */
class ProductionSettingsTest {

    @Test
    void aPackagedServiceWithoutDatabaseCredentialsRefusesToStartNamingThem() throws Exception {
        for (String module : List.of("programmes-service", "enrolment-service", "reporting-service")) {
            Path jar = Path.of("..", module, "target", "quarkus-app", "quarkus-run.jar").toAbsolutePath().normalize();
            Path log = Files.createTempFile(Path.of("target"), module, ".log");
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar", jar.toString()).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().keySet().removeIf(name -> name.startsWith("DB_"));
            // Nothing to reach: the failure must come from the missing credentials, before any connection.
            builder.environment().put("DB_URL", "jdbc:mysql://127.0.0.1:1/none");
            builder.environment().put("HTTP_PORT", "0");
            Process process = builder.start();
            try {
                assertTrue(process.waitFor(60, TimeUnit.SECONDS), module + " kept running without DB_USER/DB_PASSWORD");
                assertNotEquals(0, process.exitValue(), module + " exit code");
                String output = read(log);
                assertTrue(output.contains("DB_USER") || output.contains("DB_PASSWORD"),
                        module + " names the missing setting:\n" + output);
            } finally {
                process.destroyForcibly();
            }
        }
    }

    private static String read(Path log) throws IOException {
        return Files.readString(log);
    }
}
