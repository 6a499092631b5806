package io.communityedu.enrolment.api;

import java.time.Instant;

/** A certificate issued on completing an enrolment (part of {@link PersonalDataExport}). */
public record ExportedCertificate(String residentId, String enrolmentId, String certificateNumber, Instant completedAt) {
}
