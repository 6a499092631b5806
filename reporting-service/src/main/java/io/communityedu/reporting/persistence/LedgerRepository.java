package io.communityedu.reporting.persistence;

import io.communityedu.reporting.domain.BudgetCategory;
import io.communityedu.reporting.domain.ReportedLedgerEntry;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

@ApplicationScoped
public class LedgerRepository implements PanacheRepositoryBase<ReportedLedgerEntry, String> {

    /** What the plan-year's ledger entries add up to, reversals included, by category (categories without any left out). */
    public Map<BudgetCategory, BigDecimal> spentByCategory(String communityCode, int year) {
        Map<BudgetCategory, BigDecimal> spent = new EnumMap<>(BudgetCategory.class);
        getEntityManager().createQuery("""
                        SELECT e.category, SUM(e.amount) FROM ReportedLedgerEntry e
                        WHERE e.communityCode = ?1 AND e.year = ?2 GROUP BY e.category""", Object[].class)
                .setParameter(1, communityCode)
                .setParameter(2, year)
                .getResultList()
                .forEach(row -> spent.put((BudgetCategory) row[0], (BigDecimal) row[1]));
        return spent;
    }
}
