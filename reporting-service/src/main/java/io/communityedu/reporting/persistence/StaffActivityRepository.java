package io.communityedu.reporting.persistence;

import io.communityedu.reporting.domain.ReportedStaffActivity;
import io.communityedu.reporting.domain.StaffActivityKind;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.EnumMap;
import java.util.Map;

@ApplicationScoped
public class StaffActivityRepository implements PanacheRepositoryBase<ReportedStaffActivity, String> {

    /** The community's staff activities dated in the year, by kind (kinds without any left out). */
    public Map<StaffActivityKind, Long> countsByKind(String communityCode, int year) {
        Map<StaffActivityKind, Long> counts = new EnumMap<>(StaffActivityKind.class);
        getEntityManager().createQuery("""
                        SELECT a.kind, COUNT(a) FROM ReportedStaffActivity a
                        WHERE a.communityCode = ?1 AND a.year = ?2 GROUP BY a.kind""", Object[].class)
                .setParameter(1, communityCode)
                .setParameter(2, year)
                .getResultList()
                .forEach(row -> counts.put((StaffActivityKind) row[0], (Long) row[1]));
        return counts;
    }
}
