package io.communityedu.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A teacher as the latest TeacherSnapshot describes it: counted in its current community under its current kind. */
@Entity
@Table(name = "reported_teacher")
public class ReportedTeacher {

    @Id
    @Column(name = "teacher_id", length = 36)
    public String teacherId;

    @Column(name = "community_code", nullable = false, length = 40)
    public String communityCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public TeacherKind kind;

    @Column(nullable = false)
    public long version;
}
