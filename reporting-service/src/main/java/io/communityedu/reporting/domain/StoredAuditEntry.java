package io.communityedu.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One entry of the audit trail as a service published it (service-support's AuditEntry), as kept here:
 * read, never changed (rows are only ever inserted, by {@code AuditRepository#store}).
 */
@Entity
@Table(name = "audit_entry")
public class StoredAuditEntry {

    @Id
    @Column(length = 36)
    public String id;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false, length = 40)
    public String service;

    @Column(length = 255)
    public String actor;

    /** The roles, sorted, joined by commas (no role name holds one). */
    @Column(name = "actor_roles", nullable = false, length = 200)
    public String actorRoles;

    @Column(name = "client_id", length = 255)
    public String clientId;

    @Column(nullable = false, length = 300)
    public String action;

    @Column(name = "resource_type", length = 40)
    public String resourceType;

    @Column(name = "resource_id", length = 200)
    public String resourceId;

    @Column(nullable = false)
    public int status;

    @Column(name = "request_id", length = 128)
    public String requestId;
}
