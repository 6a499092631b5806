package io.communityedu.enrolment.persistence;

import io.communityedu.enrolment.domain.CommunityReplica;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class CommunityReplicaRepository implements PanacheRepositoryBase<CommunityReplica, String> {
}
