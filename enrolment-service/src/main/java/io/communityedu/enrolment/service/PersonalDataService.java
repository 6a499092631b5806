package io.communityedu.enrolment.service;

import io.communityedu.enrolment.audit.ResidentAuditEntry;
import io.communityedu.enrolment.audit.ResidentAuditRepository;
import io.communityedu.enrolment.domain.Enrolment;
import io.communityedu.enrolment.domain.EnrolmentStatus;
import io.communityedu.enrolment.domain.Resident;
import io.communityedu.enrolment.persistence.AttendanceRepository;
import io.communityedu.enrolment.persistence.EnrolmentRepository;
import io.communityedu.enrolment.persistence.NotificationRepository;
import io.communityedu.enrolment.persistence.ResidentRepository;
import io.communityedu.support.audit.AuditEntry;
import io.communityedu.support.time.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The personal-data export (API.md "Personal data rights and audit"): one document, read in one transaction. */
@ApplicationScoped
@Transactional
public class PersonalDataService {

    private final SelfService self;
    private final ResidentRepository residents;
    private final EnrolmentRepository enrolments;
    private final AttendanceRepository attendance;
    private final NotificationRepository notifications;
    private final ResidentAuditRepository audit;

    public PersonalDataService(SelfService self, ResidentRepository residents, EnrolmentRepository enrolments,
                               AttendanceRepository attendance, NotificationRepository notifications,
                               ResidentAuditRepository audit) {
        this.self = self;
        this.residents = residents;
        this.enrolments = enrolments;
        this.attendance = attendance;
        this.notifications = notifications;
        this.audit = audit;
    }

    /** The caller's and their wards' data; 404 before registration. */
    public PersonalDataView export() {
        Resident resident = self.self();
        List<Resident> wards = residents.wardsOf(resident.id);
        Map<String, Resident> people = new LinkedHashMap<>();
        people.put(resident.id, resident);
        wards.forEach(w -> people.put(w.id, w));

        List<Enrolment> theirs = enrolments.ofResidents(people.keySet()).list();
        List<ExportedCertificateView> certificates = theirs.stream()
                .filter(e -> e.status == EnrolmentStatus.COMPLETED && e.certificateNumber != null)
                .map(e -> new ExportedCertificateView(e.residentId, e.id, e.certificateNumber, e.updatedAt)).toList();
        List<ExportedConsentView> consents = people.values().stream().filter(r -> r.guardianConsentAt != null)
                .map(r -> new ExportedConsentView(r.id, r.guardianConsentAt)).toList();
        List<ExportedAttendanceView> attended = attendance.ofResidents(people.keySet()).stream()
                .map(a -> new ExportedAttendanceView(a.residentId, a.sessionId, a.date)).toList();
        List<String> enrolmentIds = theirs.stream().map(e -> e.id).toList();
        List<AuditEntry> entries = audit.about(people.keySet(), enrolmentIds).stream()
                .map(PersonalDataService::exported).toList();
        return new PersonalDataView(Timestamps.now(), self.read(resident), wards.stream().map(self::read).toList(), consents, self.views(theirs, people), attended,
                certificates, notifications.toOrAbout(people.keySet()).stream().map(NotificationView::of).toList(),
                entries);
    }

    private static AuditEntry exported(ResidentAuditEntry e) {
        List<String> roles = e.actorRoles.isEmpty() ? List.of() : List.of(e.actorRoles.split(","));
        return new AuditEntry(e.id, e.at, e.service, e.actor, roles, e.clientId, e.action, e.resourceType,
                e.resourceId, e.status, e.requestId);
    }
}
