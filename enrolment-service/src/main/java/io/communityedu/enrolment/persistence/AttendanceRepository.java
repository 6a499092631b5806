package io.communityedu.enrolment.persistence;

import io.communityedu.enrolment.domain.AttendanceEntry;
import io.communityedu.enrolment.domain.AttendanceId;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class AttendanceRepository implements PanacheRepositoryBase<AttendanceEntry, AttendanceId> {

    public long deleteDay(String sessionId, LocalDate date) {
        return delete("sessionId = ?1 and date = ?2", sessionId, date);
    }

    public List<AttendanceEntry> ofDates(String sessionId, List<LocalDate> dates) {
        return list("sessionId = ?1 and date in ?2 order by date, residentId", sessionId, dates);
    }

    /** The residents' attendance, by date (the personal-data export). */
    public List<AttendanceEntry> ofResidents(Collection<String> residentIds) {
        return list("residentId in ?1 order by date, sessionId, residentId", residentIds);
    }
}
