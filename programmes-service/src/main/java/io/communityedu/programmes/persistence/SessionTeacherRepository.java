package io.communityedu.programmes.persistence;

import io.communityedu.programmes.domain.SessionTeacher;
import io.communityedu.programmes.domain.TeacherName;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class SessionTeacherRepository implements PanacheRepositoryBase<SessionTeacher, Long> {

    /** The session's teachers in assignment order; empty when none. */
    public List<TeacherName> teachersOf(String sessionId) {
        return teachersOf(List.of(sessionId)).getOrDefault(sessionId, List.of());
    }

    /** The teachers of each of these sessions in assignment order, in one query; sessions without teachers are absent. */
    public Map<String, List<TeacherName>> teachersOf(Collection<String> sessionIds) {
        if (sessionIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = getEntityManager().createQuery(
                        "select st.sessionId, t.id, t.name from SessionTeacher st join Teacher t on t.id = st.teacherId"
                                + " where st.sessionId in :sessions order by st.sessionId, st.listIndex", Object[].class)
                .setParameter("sessions", sessionIds)
                .getResultList();
        Map<String, List<TeacherName>> teachers = new HashMap<>();
        for (Object[] row : rows) {
            teachers.computeIfAbsent((String) row[0], s -> new ArrayList<>()).add(new TeacherName((String) row[1], (String) row[2]));
        }
        return teachers;
    }

    public void removeAll(String sessionId) {
        delete("sessionId", sessionId);
    }
}
