package io.communityedu.enrolment.persistence;

import io.communityedu.enrolment.domain.Resident;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class ResidentRepository implements PanacheRepositoryBase<Resident, String> {

    public PanacheQuery<Resident> ofCommunity(String communityCode) {
        return communityCode == null
                ? find("order by communityCode, name, id")
                : find("communityCode = ?1 order by name, id", communityCode);
    }

    public List<Resident> byIds(Collection<String> ids) {
        return list("id in ?1", ids);
    }
}
