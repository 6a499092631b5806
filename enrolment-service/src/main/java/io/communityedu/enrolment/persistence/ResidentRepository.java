package io.communityedu.enrolment.persistence;

import io.communityedu.enrolment.domain.Resident;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ResidentRepository implements PanacheRepositoryBase<Resident, String> {

    public PanacheQuery<Resident> ofCommunity(String communityCode) {
        return communityCode == null
                ? find("order by communityCode, name, id")
                : find("communityCode = ?1 order by name, id", communityCode);
    }

    public PanacheQuery<Resident> ofCommunities(Collection<String> communityCodes) {
        return communityCodes.isEmpty() ? find("1 = 0")
                : find("communityCode in ?1 order by communityCode, name, id", communityCodes);
    }

    public Optional<Resident> ofAccount(String subject) {
        return find("accountSubject", subject).firstResultOptional();
    }

    public List<Resident> wardsOf(String guardianId) {
        return list("guardianId = ?1 order by name, id", guardianId);
    }

    public List<Resident> byIds(Collection<String> ids) {
        return list("id in ?1", ids);
    }
}
