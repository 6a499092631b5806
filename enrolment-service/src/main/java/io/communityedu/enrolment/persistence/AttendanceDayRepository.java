package io.communityedu.enrolment.persistence;

import io.communityedu.enrolment.domain.AttendanceDay;
import io.communityedu.enrolment.domain.AttendanceDayId;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;

@ApplicationScoped
public class AttendanceDayRepository implements PanacheRepositoryBase<AttendanceDay, AttendanceDayId> {

    public List<LocalDate> dates(String sessionId) {
        return find("select d.date from AttendanceDay d where d.sessionId = ?1 order by d.date", sessionId)
                .project(LocalDate.class).list();
    }
}
