package io.communityedu.reporting.events;

import io.communityedu.support.audit.AuditEntry;

/** Where AuditEventHandler hands the audit entries of audit-events; implemented by the service that keeps them. */
public interface AuditArchive {

    /** Keeps an entry once however often it is delivered; throws for one without its essentials. */
    void record(AuditEntry entry);
}
