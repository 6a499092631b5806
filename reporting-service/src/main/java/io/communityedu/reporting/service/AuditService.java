package io.communityedu.reporting.service;

import io.communityedu.reporting.domain.StoredAuditEntry;
import io.communityedu.reporting.events.AuditArchive;
import io.communityedu.reporting.persistence.AuditFilter;
import io.communityedu.reporting.persistence.AuditRepository;
import io.communityedu.support.audit.AuditEntry;
import io.communityedu.support.paging.PageRequest;
import io.communityedu.support.paging.PageResponse;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** The audit trail of every service: kept as published, read by officers and admins. */
@ApplicationScoped
@Transactional
public class AuditService implements AuditArchive {

    private final AuditRepository entries;

    public AuditService(AuditRepository entries) {
        this.entries = entries;
    }

    @Override
    public void record(AuditEntry entry) {
        if (entry.id() == null || entry.at() == null || entry.service() == null || entry.action() == null) {
            throw new IllegalArgumentException("An audit entry needs id, at, service and action");
        }
        entries.store(entry);
    }

    public PageResponse<AuditEntryView> search(AuditFilter filter, PageRequest page) {
        PanacheQuery<StoredAuditEntry> query = entries.search(filter).page(page.page(), page.size());
        return page.respond(query.list().stream().map(AuditEntryView::of).toList(), query.count());
    }
}
