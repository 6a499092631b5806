package io.communityedu.e2e;

import io.communityedu.localstack.suite.RunningSuite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.awaitility.Awaitility.await;

/** A client that goes away in the middle of its request body is no error of the service's. */
@ExtendWith(SuiteExtension.class)
class ServiceClientAbortTest {

    @Test
    void aBodyCutShortIsAQuietClientAbortInEveryService(RunningSuite suite) throws IOException {
        String token = Tokens.of(Tokens.ADMIN);
        String programmesBefore = errorLines(suite.programmes().logText());
        String enrolmentBefore = errorLines(suite.enrolment().logText());
        abortMidBody(suite.programmesUri(), "/api/v1/communities", token);
        abortMidBody(suite.enrolmentUri(), "/api/v1/residents", token);
        abortMidBody(suite.enrolmentUri(), "/api/v1/enrolments", token);
        // Errors would be logged as soon as the service notices the closed connection: none come.
        await("no new ERROR lines in the services' logs").during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(
                () -> errorLines(suite.programmes().logText()).equals(programmesBefore)
                        && errorLines(suite.enrolment().logText()).equals(enrolmentBefore));
        // And each service still answers on a new connection.
        Scenario.asAdmin().get("/api/v1/communities").then().statusCode(200);
        Scenario.asAdmin().get("/api/v1/residents").then().statusCode(200);
    }

    /** Declares a large JSON body, sends its first bytes, and hangs up. */
    private static void abortMidBody(URI service, String path, String token) throws IOException {
        try (Socket socket = new Socket(service.getHost(), service.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: " + service.getHost() + "\r\n"
                    + "Authorization: Bearer " + token + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 100000\r\n\r\n{\"name\": \"清淮").getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }

    private static String errorLines(String log) {
        StringBuilder errors = new StringBuilder();
        log.lines().filter(line -> line.contains(" ERROR ") || line.contains("ClosedChannel"))
                .forEach(line -> errors.append(line).append('\n'));
        return errors.toString();
    }
}
