package io.communityedu.enrolment.service;

import java.time.Instant;

/** A certificate issued on completing an enrolment (part of {@link PersonalDataView}). */
public record ExportedCertificateView(String residentId, String enrolmentId, String certificateNumber,
                                      Instant completedAt) {
}
