package io.communityedu.enrolment.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * This service's copy of an audit entry about a resident or an enrolment (the entry itself goes to reporting-service
 * through the outbox): what the personal-data export shows of who read or changed a resident's records.
 */
@Entity
@Table(name = "resident_audit_entry")
public class ResidentAuditEntry {

    @Id
    @Column(length = 36)
    public String id;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false, length = 40)
    public String service;

    @Column(length = 255)
    public String actor;

    /** Sorted role names, comma-separated. */
    @Column(name = "actor_roles", nullable = false, length = 200)
    public String actorRoles;

    @Column(name = "client_id", length = 255)
    public String clientId;

    @Column(nullable = false, length = 300)
    public String action;

    @Column(name = "resource_type", nullable = false, length = 40)
    public String resourceType;

    @Column(name = "resource_id", nullable = false, length = 200)
    public String resourceId;

    @Column(nullable = false)
    public int status;

    @Column(name = "request_id", length = 128)
    public String requestId;
}
