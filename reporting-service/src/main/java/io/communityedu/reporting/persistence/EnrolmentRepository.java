package io.communityedu.reporting.persistence;

import io.communityedu.reporting.domain.EnrolmentStatus;
import io.communityedu.reporting.domain.ReportedEnrolment;
import io.communityedu.support.persistence.RowLocks;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class EnrolmentRepository implements PanacheRepositoryBase<ReportedEnrolment, String> {

    public Optional<ReportedEnrolment> lock(String enrolmentId) {
        return RowLocks.lockById(getEntityManager(), ReportedEnrolment.class, enrolmentId,
                "SELECT * FROM reported_enrolment WHERE enrolment_id = ?1 FOR UPDATE", enrolmentId);
    }

    /** The programme's enrolments that hold a place (confirmed or completed). */
    public List<ReportedEnrolment> placeHoldersOf(String programmeId) {
        return list("programmeId = ?1 and status in ?2", programmeId,
                List.of(EnrolmentStatus.CONFIRMED, EnrolmentStatus.COMPLETED));
    }
}
