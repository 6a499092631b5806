package io.communityedu.gateway.logging;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BatchingHandlerTest {

    private static final Formatter LINES = new Formatter() {
        @Override
        public String format(LogRecord record) {
            return record.getMessage() + "\n";
        }
    };

    /** Remembers each write on its own, as the system calls they would be. */
    private static final class Writes extends OutputStream {
        final List<String> writes = new CopyOnWriteArrayList<>();

        @Override
        public void write(int b) {
            write(new byte[]{(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            writes.add(new String(bytes, offset, length, StandardCharsets.UTF_8));
        }

        String all() {
            return String.join("", writes);
        }
    }

    @Test
    void linesOfOneIntervalGoOutTogetherInOrderAndNotLaterThanTheInterval() {
        Writes out = new Writes();
        BatchingHandler handler = new BatchingHandler(LINES, out, StandardCharsets.UTF_8, Duration.ofMillis(200), "test-writer");
        try {
            for (int i = 0; i < 100; i++) {
                handler.publish(new LogRecord(Level.INFO, "line " + i));
            }
            await().atMost(Duration.ofSeconds(5)).until(() -> !out.writes.isEmpty());
            assertEquals(1, out.writes.size(), "one write for the batch: " + out.writes);
            StringBuilder expected = new StringBuilder();
            for (int i = 0; i < 100; i++) {
                expected.append("line ").append(i).append('\n');
            }
            assertEquals(expected.toString(), out.all());

            // The writer waits for the next line and writes it on its own interval.
            handler.publish(new LogRecord(Level.INFO, "später ✓"));
            await().atMost(Duration.ofSeconds(5)).until(() -> out.writes.size() >= 2);
            assertEquals("später ✓\n", out.writes.get(1));
        } finally {
            handler.close();
        }
    }

    @Test
    void closeWritesWhatIsPendingAndLaterLinesAtOnce() {
        Writes out = new Writes();
        BatchingHandler handler = new BatchingHandler(LINES, out, StandardCharsets.UTF_8, Duration.ofHours(1), "test-writer");
        handler.publish(new LogRecord(Level.INFO, "a"));
        handler.publish(new LogRecord(Level.INFO, "b"));
        handler.close();
        assertEquals("a\nb\n", out.all());
        handler.publish(new LogRecord(Level.INFO, "c"));
        assertEquals("a\nb\nc\n", out.all());
    }

    @Test
    void aLargeBacklogIsWrittenByTheCallerWithoutWaiting() {
        Writes out = new Writes();
        BatchingHandler handler = new BatchingHandler(LINES, out, StandardCharsets.UTF_8, Duration.ofHours(1), "test-writer");
        try {
            String line = "x".repeat(1023);
            int lines = BatchingHandler.MAX_PENDING / 1024;
            for (int i = 0; i < lines; i++) {
                handler.publish(new LogRecord(Level.INFO, line));
            }
            assertEquals(1, out.writes.size());
            assertEquals(lines * 1024, out.all().length());
        } finally {
            handler.close();
        }
    }

    @Test
    void recordsBelowTheLevelAreLeftOut() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BatchingHandler handler = new BatchingHandler(LINES, out, StandardCharsets.UTF_8, Duration.ofHours(1), "test-writer");
        handler.setLevel(Level.WARNING);
        handler.publish(new LogRecord(Level.INFO, "quiet"));
        handler.publish(new LogRecord(Level.WARNING, "loud"));
        handler.close();
        assertTrue(out.toString(StandardCharsets.UTF_8).equals("loud\n"), out.toString(StandardCharsets.UTF_8));
    }
}
