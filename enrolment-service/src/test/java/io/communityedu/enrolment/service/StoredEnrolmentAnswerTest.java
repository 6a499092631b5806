package io.communityedu.enrolment.service;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.communityedu.enrolment.domain.EnrolmentStatus;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An Idempotency-Key's answer is kept as JSON for 24 hours and read back as an EnrolmentView, also by a
 * newer release: a component renamed would replay as null (the application's mapper ignores unknown
 * names), so the answer as releases have stored it must still read back whole.
 */
class StoredEnrolmentAnswerTest {

    private static final String STORED = """
            {"id":"e-1","residentId":"r-1","sessionId":"s-1","status":"WAITLISTED","waitlistPosition":3,\
            "certificateNumber":null,"fee":99.99,"price":84.99,"offerExpiresAt":"2010-07-05T08:00:00Z",\
            "createdAt":"2010-07-01T08:00:00Z","updatedAt":"2010-07-02T08:00:00Z"}""";

    @Test
    void anAnswerStoredByEarlierReleasesReadsBackWhole() throws Exception {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        assertEquals(new EnrolmentView("e-1", "r-1", "s-1", EnrolmentStatus.WAITLISTED, 3, null,
                        new BigDecimal("99.99"), new BigDecimal("84.99"), Instant.parse("2010-07-05T08:00:00Z"),
                        Instant.parse("2010-07-01T08:00:00Z"), Instant.parse("2010-07-02T08:00:00Z")),
                mapper.readValue(STORED, EnrolmentView.class));
    }
}
