package io.communityedu.programmes.persistence;

import io.communityedu.programmes.domain.AnnualPlan;
import io.communityedu.support.persistence.RowLocks;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

@ApplicationScoped
public class PlanRepository implements PanacheRepositoryBase<AnnualPlan, Long> {

    public Optional<AnnualPlan> findPlan(String communityCode, int year) {
        return find("communityCode = ?1 and year = ?2", communityCode, year).firstResultOptional();
    }

    /**
     * The plan, its row locked until commit: every change of its budget and every ledger entry goes
     * through this lock, so the ledger's total checked against the budget cannot move meanwhile.
     */
    public Optional<AnnualPlan> lockPlan(String communityCode, int year) {
        return RowLocks.lock(getEntityManager(), AnnualPlan.class,
                "SELECT * FROM annual_plan WHERE community_code = ?1 AND plan_year = ?2 FOR UPDATE",
                communityCode, year).stream().findFirst();
    }

    public PanacheQuery<AnnualPlan> ofCommunity(String communityCode) {
        return find("communityCode = ?1 order by year desc", communityCode);
    }
}
