package io.communityedu.reporting.persistence;

import io.communityedu.reporting.domain.ReportedProgramme;
import io.communityedu.reporting.domain.Strand;
import io.communityedu.support.persistence.RowLocks;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ProgrammeRepository implements PanacheRepositoryBase<ReportedProgramme, String> {

    /** Every change to a programme's tallies goes through this lock, so instances sharing the work add up. */
    public Optional<ReportedProgramme> lock(String programmeId) {
        return RowLocks.lockById(getEntityManager(), ReportedProgramme.class, programmeId,
                "SELECT * FROM reported_programme WHERE programme_id = ?1 FOR UPDATE", programmeId);
    }

    /** The tallies of a community's programmes of a year, one row per strand that has programmes. */
    public List<StrandTally> strandTallies(String communityCode, int year) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                SELECT strand, COUNT(*),
                       SUM(CASE WHEN featured AND status = 'ACTIVE' THEN 1 ELSE 0 END),
                       SUM(sessions), SUM(confirmed), SUM(waitlisted), SUM(cancelled), SUM(completed),
                       SUM(applied), SUM(offered), SUM(declined), SUM(expired), SUM(learner_hours),
                       SUM(resident_savings)
                FROM reported_programme
                WHERE programme_year = ?1 AND community_code = ?2
                GROUP BY strand""", Object[].class)
                .setParameter(1, year)
                .setParameter(2, communityCode)
                .getResultList();
        return rows.stream().map(row -> new StrandTally(Strand.valueOf((String) row[0]), number(row[1]), number(row[2]),
                number(row[3]), number(row[4]), number(row[5]), number(row[6]), number(row[7]), number(row[8]),
                number(row[9]), number(row[10]), number(row[11]), number(row[12]), (BigDecimal) row[13])).toList();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
