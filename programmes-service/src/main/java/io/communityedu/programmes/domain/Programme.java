package io.communityedu.programmes.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

/** 项目: something offered in one strand for one plan year. */
@Entity
@Table(name = "programme")
public class Programme {

    @Id
    @Column(length = 36)
    public String id;

    @Column(name = "community_code", nullable = false, length = 40)
    public String communityCode;

    @Column(name = "programme_year", nullable = false)
    public int year;

    @Column(nullable = false, length = 200)
    public String title;

    @Column(columnDefinition = "TEXT")
    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public Strand strand;

    @Convert(converter = TargetGroupsConverter.class)
    @Column(name = "target_groups", nullable = false, length = 300)
    public Set<TargetGroup> targetGroups;

    @Column(name = "min_age")
    public Integer minAge;

    @Column(name = "max_age")
    public Integer maxAge;

    @Column(name = "provider_id", length = 36)
    public String providerId;

    @Column(nullable = false)
    public boolean featured;

    @Column(name = "certificate_name", length = 200)
    public String certificateName;

    @Column(nullable = false, precision = 12, scale = 2)
    public BigDecimal fee;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ProgrammeStatus status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public boolean isArchived() {
        return status == ProgrammeStatus.ARCHIVED;
    }
}
