package io.communityedu.enrolment.service;

import io.communityedu.support.audit.AuditEntry;

import java.time.Instant;
import java.util.List;

/** Everything this service holds about the caller and their wards (PIPL's right to a copy). */
public record PersonalDataView(
        Instant exportedAt,
        ResidentView resident,
        List<ResidentView> wards,
        List<ExportedConsentView> consents,
        List<MyEnrolmentView> enrolments,
        List<ExportedAttendanceView> attendance,
        List<ExportedCertificateView> certificates,
        List<NotificationView> notifications,
        List<AuditEntry> auditEntries) {
}
