package io.communityedu.support.inbox;

import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RetryPolicyTest {

    private final RetryPolicy defaults = new RetryPolicy(5, Duration.ofMillis(200), Duration.ofSeconds(5));

    @Test
    void backOffStartsAtTheInitialPauseAndDoublesUpToTheMaximum() {
        assertEquals(Duration.ZERO, defaults.backoff(0));
        assertEquals(Duration.ofMillis(200), defaults.backoff(1));
        assertEquals(Duration.ofMillis(400), defaults.backoff(2));
        assertEquals(Duration.ofMillis(800), defaults.backoff(3));
        assertEquals(Duration.ofMillis(1600), defaults.backoff(4));
        assertEquals(Duration.ofMillis(3200), defaults.backoff(5));
        assertEquals(Duration.ofSeconds(5), defaults.backoff(6));
        assertEquals(Duration.ofSeconds(5), defaults.backoff(1000));
    }

    @Test
    void aRecordIsDeadLetteredOnceItHasFailedAsOftenAsAttemptsAllow() {
        assertFalse(defaults.exhausted(1));
        assertFalse(defaults.exhausted(4));
        assertTrue(defaults.exhausted(5));
        assertTrue(new RetryPolicy(1, Duration.ZERO, Duration.ZERO).exhausted(1));
    }

    @Test
    void nonsenseSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(3, Duration.ofSeconds(2), Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(3, Duration.ofSeconds(-1), Duration.ofSeconds(1)));
    }

    @Test
    void databaseConnectionFailuresAreNotTheEventsFault() {
        assertTrue(Failures.isConnectionFailure(new RuntimeException(new SQLTransientConnectionException("pool"))));
        assertTrue(Failures.isConnectionFailure(new IllegalStateException(new SQLException("gone", "08S01"))));
        assertTrue(Failures.isConnectionFailure(new RuntimeException(new ConnectException("refused"))));
        assertFalse(Failures.isConnectionFailure(new IllegalArgumentException("Unreadable PlanSet event")));
        assertFalse(Failures.isConnectionFailure(new RuntimeException(new SQLException("duplicate", "23000"))));
    }

    @Test
    void errorsAreNamedByTheirRootCauseAndMessagesAreCut() {
        Exception root = new NumberFormatException("x");
        assertEquals(root, Failures.rootCause(new RuntimeException(new IllegalStateException(root))));
        assertEquals(1000, Failures.truncate("a".repeat(5000)).length());
        assertEquals("short", Failures.truncate("short"));
        assertEquals("", Failures.truncate(null));
    }
}
