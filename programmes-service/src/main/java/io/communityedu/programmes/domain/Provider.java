package io.communityedu.programmes.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A partner that teaches: community school or college, training institution, school, civil-society group. */
@Entity
@Table(name = "provider")
public class Provider {

    @Id
    @Column(length = 36)
    public String id;

    @Column(nullable = false, length = 200)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public ProviderType type;

    @Column(name = "resident_discount_percent", nullable = false)
    public int residentDiscountPercent;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
