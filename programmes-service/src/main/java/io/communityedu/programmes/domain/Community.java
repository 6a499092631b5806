package io.communityedu.programmes.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** 社区: plans and runs programmes; identified by its code. */
@Entity
@Table(name = "community")
public class Community {

    @Id
    @Column(length = 40)
    public String code;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(length = 200)
    public String district;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
