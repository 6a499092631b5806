package io.communityedu.enrolment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A community as programmes-service announced it; residents register in one. */
@Entity
@Table(name = "community_replica")
public class CommunityReplica {

    @Id
    @Column(length = 40)
    public String code;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
