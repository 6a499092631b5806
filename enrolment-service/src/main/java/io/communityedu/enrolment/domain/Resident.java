package io.communityedu.enrolment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A person registered in a community. Personal data: it never leaves this service but through its own API.
 * Erased, the row stays as a tombstone ({@link #erasedAt} set, every personal field null) for the enrolments
 * and events that point at its id and pseudonym.
 */
@Entity
@Table(name = "resident")
public class Resident {

    @Id
    @Column(length = 36)
    public String id;

    /** The only id of the resident that events carry: random, not derivable from the API id or the person. */
    @Column(nullable = false, unique = true, length = 36)
    public String pseudonym;

    @Column(name = "community_code", nullable = false, length = 40)
    public String communityCode;

    @Column(length = 100)
    public String name;

    @Column(name = "birth_date")
    public LocalDate birthDate;

    @Convert(converter = TargetGroupsConverter.class)
    @Column(name = "target_groups", length = 300)
    public Set<TargetGroup> groups;

    @Column(length = 20)
    public String phone;

    @Column(name = "guardian_id", length = 36)
    public String guardianId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The signed-in account ({@code sub}) that registered itself as this resident; null for others. */
    @Column(name = "account_subject", unique = true)
    public String accountSubject;

    /** When the guardian consented to registering this ward through self-service. */
    @Column(name = "guardian_consent_at")
    public Instant guardianConsentAt;

    /** When the personal data was erased; an erased resident is unknown to every API. */
    @Column(name = "erased_at")
    public Instant erasedAt;

    /** Registration, a change of the record or an enrolment; retention counts from here. */
    @Column(name = "last_activity_at", nullable = false)
    public Instant lastActivityAt;

    public boolean isErased() {
        return erasedAt != null;
    }
}
