package io.communityedu.enrolment.persistence;

import io.communityedu.enrolment.domain.AttendanceEntry;
import io.communityedu.enrolment.domain.AttendanceId;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;

@ApplicationScoped
public class AttendanceRepository implements PanacheRepositoryBase<AttendanceEntry, AttendanceId> {

    public long deleteDay(String sessionId, LocalDate date) {
        return delete("sessionId = ?1 and date = ?2", sessionId, date);
    }

    public boolean hasDay(String sessionId, LocalDate date) {
        return count("sessionId = ?1 and date = ?2", sessionId, date) > 0;
    }

    public List<LocalDate> dates(String sessionId) {
        return find("select distinct a.date from AttendanceEntry a where a.sessionId = ?1 order by a.date", sessionId)
                .project(LocalDate.class).list();
    }

    public List<AttendanceEntry> ofDates(String sessionId, List<LocalDate> dates) {
        return list("sessionId = ?1 and date in ?2 order by date, residentId", sessionId, dates);
    }
}
