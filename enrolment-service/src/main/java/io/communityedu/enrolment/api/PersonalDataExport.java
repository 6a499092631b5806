package io.communityedu.enrolment.api;

import io.communityedu.enrolment.notifications.NotificationResponse;
import io.communityedu.enrolment.service.PersonalDataView;
import io.communityedu.support.audit.AuditEntry;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * GET /api/v1/me/data: everything this service holds about the caller and their wards (PIPL's right to a copy).
 * Other services hold nothing personal of a resident, only the pseudonym.
 */
@Schema(description = "Everything held about the signed-in resident and their wards.")
public record PersonalDataExport(
        Instant exportedAt,
        ResidentResponse resident,
        List<ResidentResponse> wards,
        @Schema(description = "Guardian consents to registering the wards, with their times") List<ExportedConsent> consents,
        @Schema(description = "The resident's and wards' enrolments, newest first") List<MyEnrolmentResponse> enrolments,
        List<ExportedAttendance> attendance,
        List<ExportedCertificate> certificates,
        @Schema(description = "The notifications to or about the resident and wards, newest first")
        List<NotificationResponse> notifications,
        @Schema(description = "Audit entries about their records and enrolments (who read or changed them), oldest first")
        List<AuditEntry> auditEntries) {

    public static PersonalDataExport of(PersonalDataView data) {
        return new PersonalDataExport(data.exportedAt(), ResidentResponse.of(data.resident()),
                data.wards().stream().map(ResidentResponse::of).toList(),
                data.consents().stream().map(ExportedConsent::of).toList(),
                data.enrolments().stream().map(MyEnrolmentResponse::of).toList(),
                data.attendance().stream().map(ExportedAttendance::of).toList(),
                data.certificates().stream().map(ExportedCertificate::of).toList(),
                data.notifications().stream().map(NotificationResponse::of).toList(),
                data.auditEntries());
    }
}
