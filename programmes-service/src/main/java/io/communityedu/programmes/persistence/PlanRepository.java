package io.communityedu.programmes.persistence;

import io.communityedu.programmes.domain.AnnualPlan;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

@ApplicationScoped
public class PlanRepository implements PanacheRepositoryBase<AnnualPlan, Long> {

    public Optional<AnnualPlan> findPlan(String communityCode, int year) {
        return find("communityCode = ?1 and year = ?2", communityCode, year).firstResultOptional();
    }

    public PanacheQuery<AnnualPlan> ofCommunity(String communityCode) {
        return find("communityCode = ?1 order by year desc", communityCode);
    }
}
