package io.communityedu.reporting.persistence;

import io.communityedu.reporting.domain.PlanKey;
import io.communityedu.reporting.domain.ReportedPlan;
import io.communityedu.support.persistence.RowLocks;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class PlanRepository implements PanacheRepositoryBase<ReportedPlan, PlanKey> {

    public Optional<ReportedPlan> lock(String communityCode, int year) {
        return RowLocks.lockById(getEntityManager(), ReportedPlan.class, new PlanKey(communityCode, year),
                "SELECT * FROM reported_plan WHERE community_code = ?1 AND plan_year = ?2 FOR UPDATE",
                communityCode, year);
    }

    public Optional<ReportedPlan> find(String communityCode, int year) {
        return findByIdOptional(new PlanKey(communityCode, year));
    }

    /**
     * Every community with a plan in the year, with its participants, active featured programmes, spending
     * (reversals included; 0.00, not null, without entries) and regular meetings held: one query.
     */
    public List<CommunityYearRow> summariesOf(int year) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                SELECT p.community_code, p.resident_population, p.participation_target_percent, p.budget, prev.budget,
                       COALESCE(c.participants, 0),
                       (SELECT COUNT(*) FROM reported_programme g
                        WHERE g.programme_year = p.plan_year AND g.community_code = p.community_code
                          AND g.featured AND g.status = 'ACTIVE'),
                       (SELECT COALESCE(SUM(l.amount), 0.00) FROM reported_ledger_entry l
                        WHERE l.community_code = p.community_code AND l.plan_year = p.plan_year),
                       (SELECT COUNT(*) FROM reported_staff_activity a
                        WHERE a.community_code = p.community_code AND a.activity_year = p.plan_year
                          AND a.kind = 'REGULAR_MEETING')
                FROM reported_plan p
                LEFT JOIN reported_plan prev ON prev.community_code = p.community_code AND prev.plan_year = p.plan_year - 1
                LEFT JOIN participant_count c
                       ON c.community_code = p.community_code AND c.scope_year = p.plan_year AND c.scope = 'ALL'
                WHERE p.plan_year = ?1
                ORDER BY p.community_code""", Object[].class)
                .setParameter(1, year)
                .getResultList();
        return rows.stream().map(row -> new CommunityYearRow((String) row[0], ((Number) row[1]).intValue(),
                ((Number) row[2]).intValue(), (BigDecimal) row[3], (BigDecimal) row[4], ((Number) row[5]).longValue(),
                ((Number) row[6]).longValue(), (BigDecimal) row[7], ((Number) row[8]).longValue())).toList();
    }
}
