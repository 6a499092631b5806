package io.communityedu.enrolment.persistence;

import io.communityedu.enrolment.domain.CommunityReplica;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

@ApplicationScoped
public class CommunityReplicaRepository implements PanacheRepositoryBase<CommunityReplica, String> {

    /**
     * The code as the community was registered, for a code typed in any case: the database compares codes
     * case-insensitively, but an entity found by id keeps the id it was asked for, and Java compares exactly.
     */
    public Optional<String> registeredCode(String code) {
        return getEntityManager().createQuery("select c.code from CommunityReplica c where c.code = ?1", String.class)
                .setParameter(1, code).getResultStream().findFirst();
    }
}
