package io.communityedu.programmes.funding;

import io.communityedu.programmes.domain.BudgetCategory;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class ExpenditureRepository implements PanacheRepositoryBase<Expenditure, String> {

    static final BigDecimal NONE = BigDecimal.ZERO.setScale(2);

    public PanacheQuery<Expenditure> ofPlan(Long planId) {
        return find("planId = ?1 order by date, createdAt, id", planId);
    }

    public Optional<Expenditure> findInPlan(Long planId, String id) {
        return find("id = ?1 and planId = ?2", id, planId).firstResultOptional();
    }

    /** The plan's spending: every entry, reversals included. */
    public BigDecimal spent(Long planId) {
        BigDecimal sum = getEntityManager()
                .createQuery("select sum(e.amount) from Expenditure e where e.planId = ?1", BigDecimal.class)
                .setParameter(1, planId).getSingleResult();
        return sum == null ? NONE : sum;
    }

    /** Spending per category, every category (0.00 without entries), in category order. */
    public Map<BudgetCategory, BigDecimal> spentByCategory(Long planId) {
        Map<BudgetCategory, BigDecimal> spent = new EnumMap<>(BudgetCategory.class);
        for (BudgetCategory category : BudgetCategory.values()) {
            spent.put(category, NONE);
        }
        getEntityManager()
                .createQuery("select e.category, sum(e.amount) from Expenditure e where e.planId = ?1 group by e.category",
                        Object[].class)
                .setParameter(1, planId).getResultList()
                .forEach(row -> spent.put((BudgetCategory) row[0], (BigDecimal) row[1]));
        return spent;
    }

    /** Spending per plan (0.00 without entries), in one query for a page of plans. */
    public Map<Long, BigDecimal> spentByPlan(Collection<Long> planIds) {
        Map<Long, BigDecimal> spent = new HashMap<>();
        planIds.forEach(id -> spent.put(id, NONE));
        if (!planIds.isEmpty()) {
            getEntityManager()
                    .createQuery("select e.planId, sum(e.amount) from Expenditure e where e.planId in ?1 group by e.planId",
                            Object[].class)
                    .setParameter(1, planIds).getResultList()
                    .forEach(row -> spent.put((Long) row[0], (BigDecimal) row[1]));
        }
        return spent;
    }
}
