package io.communityedu.enrolment.api;

import io.communityedu.enrolment.service.ExportedCertificateView;

import java.time.Instant;

/** A certificate issued on completing an enrolment (part of {@link PersonalDataExport}). */
public record ExportedCertificate(String residentId, String enrolmentId, String certificateNumber, Instant completedAt) {

    static ExportedCertificate of(ExportedCertificateView c) {
        return new ExportedCertificate(c.residentId(), c.enrolmentId(), c.certificateNumber(), c.completedAt());
    }
}
