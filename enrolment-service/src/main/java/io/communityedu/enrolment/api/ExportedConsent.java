package io.communityedu.enrolment.api;

import java.time.Instant;

/** A guardian's consent to registering a ward, with its time (part of {@link PersonalDataExport}). */
public record ExportedConsent(String residentId, Instant guardianConsentAt) {
}
