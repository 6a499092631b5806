package io.communityedu.programmes.persistence;

import io.communityedu.programmes.domain.Provider;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ProviderRepository implements PanacheRepositoryBase<Provider, String> {
}
