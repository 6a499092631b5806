package io.communityedu.enrolment.service;

import java.time.Instant;

/** A guardian's consent to registering a ward, with its time (part of {@link PersonalDataView}). */
public record ExportedConsentView(String residentId, Instant guardianConsentAt) {
}
