package io.communityedu.enrolment.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class EnrolmentOfferTest {

    private static final Instant NOW = Instant.parse("2010-07-01T08:00:00Z");

    @Test
    void anOfferHoldsThePlaceUntilItsDeadlineAndIsRemindedOnlyWhenLongerThanTheReminder() {
        Enrolment long0 = waitlisted();
        long0.offer(NOW, Duration.ofHours(48));
        assertEquals(EnrolmentStatus.OFFERED, long0.status);
        assertEquals(NOW.plus(Duration.ofHours(48)), long0.offerExpiresAt);
        assertEquals("resident", long0.holderId, "an offer holds the place");
        assertNull(long0.offerRemindedAt, "reminded two hours before the deadline, by the sweeper");

        Enrolment shortOffer = waitlisted();
        shortOffer.offer(NOW, Enrolment.OFFER_REMINDER);
        assertEquals(NOW, shortOffer.offerRemindedAt, "its own notification names the deadline: no reminder");
    }

    private static Enrolment waitlisted() {
        Enrolment enrolment = new Enrolment();
        enrolment.residentId = "resident";
        enrolment.moveTo(EnrolmentStatus.WAITLISTED, NOW.minusSeconds(60));
        return enrolment;
    }
}
