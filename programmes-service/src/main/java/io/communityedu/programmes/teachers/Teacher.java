package io.communityedu.programmes.teachers;

import io.communityedu.programmes.domain.TeacherName;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.List;

/** 师资: a member of a community's teacher team. Name, phone and qualifications never leave this service. */
@Entity
@Table(name = "teacher")
public class Teacher {

    @Id
    @Column(length = 36)
    public String id;

    @Column(name = "community_code", nullable = false, length = 40)
    public String communityCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public TeacherKind kind;

    @Column(name = "provider_id", length = 36)
    public String providerId;

    @Column(nullable = false, length = 100)
    public String name;

    @Convert(converter = StringListConverter.class)
    @Column(nullable = false, columnDefinition = "TEXT")
    public List<String> subjects;

    @Convert(converter = StringListConverter.class)
    @Column(nullable = false, columnDefinition = "TEXT")
    public List<String> qualifications;

    @Column(length = 20)
    public String phone;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public TeacherName named() {
        return new TeacherName(id, name);
    }
}
