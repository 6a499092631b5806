package io.communityedu.programmes.persistence;

import io.communityedu.programmes.domain.Community;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class CommunityRepository implements PanacheRepositoryBase<Community, String> {
}
