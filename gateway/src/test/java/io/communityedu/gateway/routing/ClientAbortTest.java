package io.communityedu.gateway.routing;

import io.communityedu.localstack.http.RawHttp;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A client that goes away in the middle of its request body is a quiet line in the log, not an error. */
@QuarkusTest
@QuarkusTestResource(FakeServices.class)
class ClientAbortTest {

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        capture.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        Logger.getLogger("").removeHandler(capture);
    }

    @Test
    void aClientThatGoesAwayMidBodyIsAQuietAbort() throws Exception {
        try (RawHttp http = new RawHttp("localhost", RestAssured.port)) {
            http.send("POST /api/v1/enrolments HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "X-Request-Id: abort-1\r\nContent-Length: 100000\r\n\r\n{\"a\": 1234");
            Thread.sleep(300);
        }
        Thread.sleep(1500); // the abort and whatever it would log
        assertTrue(records.stream().anyMatch(r -> message(r).contains("abort-1") && message(r).contains("went away")
                && r.getLevel().intValue() <= Level.INFO.intValue()), describe());
        List<LogRecord> loud = records.stream()
                .filter(r -> r.getLevel().intValue() >= Level.WARNING.intValue() || r.getThrown() != null).toList();
        assertEquals(List.of(), loud.stream().map(ClientAbortTest::message).toList(), describe());
        // The gateway goes on serving.
        given().get("/api/v1/communities").then().statusCode(200);
    }

    private static String message(LogRecord record) {
        String message = record.getMessage() == null ? "" : record.getMessage();
        if (record.getParameters() != null && record.getParameters().length > 0) {
            try {
                message = String.format(message, record.getParameters());
            } catch (RuntimeException e) {
                message = java.text.MessageFormat.format(message, record.getParameters());
            }
        }
        return message;
    }

    private String describe() {
        return records.stream().map(r -> r.getLevel() + " " + r.getLoggerName() + ": " + message(r)
                + (r.getThrown() == null ? "" : " [" + r.getThrown() + "]")).collect(Collectors.joining("\n"));
    }
}
