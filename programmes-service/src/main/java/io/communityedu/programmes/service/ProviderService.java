package io.communityedu.programmes.service;

import io.communityedu.programmes.domain.Provider;
import io.communityedu.programmes.events.ProgrammeEvents;
import io.communityedu.programmes.persistence.ProviderRepository;
import io.communityedu.support.paging.PageRequest;
import io.communityedu.support.paging.PageResponse;
import io.communityedu.support.problem.ProblemException;
import io.communityedu.support.time.Timestamps;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.UUID;

/** Partners that deliver teaching. */
@ApplicationScoped
@Transactional
public class ProviderService {

    private final ProviderRepository providers;
    private final ProgrammeEvents events;

    public ProviderService(ProviderRepository providers, ProgrammeEvents events) {
        this.providers = providers;
        this.events = events;
    }

    public ProviderView register(ProviderCommand command) {
        Provider provider = new Provider();
        provider.id = UUID.randomUUID().toString();
        provider.name = command.name().strip();
        provider.type = command.type();
        provider.residentDiscountPercent = command.residentDiscountPercent();
        provider.createdAt = Timestamps.now();
        providers.persist(provider);
        events.providerRegistered(provider);
        return ProviderView.of(provider);
    }

    public PageResponse<ProviderView> list(PageRequest page) {
        PanacheQuery<Provider> query = providers.findAll(Sort.by("name").and("id")).page(page.page(), page.size());
        return page.respond(query.list().stream().map(ProviderView::of).toList(), query.count());
    }

    public ProviderView get(String id) {
        return providers.findByIdOptional(id).map(ProviderView::of)
                .orElseThrow(() -> ProblemException.notFound("Provider", id));
    }
}
