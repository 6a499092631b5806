package io.communityedu.programmes.persistence;

import io.communityedu.programmes.domain.Community;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

@ApplicationScoped
public class CommunityRepository implements PanacheRepositoryBase<Community, String> {

    /**
     * The code as the community was registered, for a code typed in any case: the database compares codes
     * case-insensitively, but an entity found by id keeps the id it was asked for, and Java compares exactly.
     */
    public Optional<String> registeredCode(String code) {
        return getEntityManager().createQuery("select c.code from Community c where c.code = ?1", String.class)
                .setParameter(1, code).getResultStream().findFirst();
    }
}
