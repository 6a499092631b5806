package io.communityedu.reporting.persistence;

import io.communityedu.reporting.domain.ReportedTeacher;
import io.communityedu.reporting.domain.TeacherKind;
import io.communityedu.support.persistence.RowLocks;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class TeacherRepository implements PanacheRepositoryBase<ReportedTeacher, String> {

    public Optional<ReportedTeacher> lock(String teacherId) {
        return RowLocks.lockById(getEntityManager(), ReportedTeacher.class, teacherId,
                "SELECT * FROM reported_teacher WHERE teacher_id = ?1 FOR UPDATE", teacherId);
    }

    /** The community's teachers now, by kind (kinds without any left out). */
    public Map<TeacherKind, Long> countsByKind(String communityCode) {
        Map<TeacherKind, Long> counts = new EnumMap<>(TeacherKind.class);
        getEntityManager().createQuery("""
                        SELECT t.kind, COUNT(t) FROM ReportedTeacher t WHERE t.communityCode = ?1 GROUP BY t.kind""",
                        Object[].class)
                .setParameter(1, communityCode)
                .getResultList()
                .forEach(row -> counts.put((TeacherKind) row[0], (Long) row[1]));
        return counts;
    }
}
