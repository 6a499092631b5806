package io.communityedu.programmes.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One teacher of a session, at its place in the assignment order. */
@Entity
@Table(name = "session_teacher")
public class SessionTeacher {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "session_id", nullable = false, length = 36)
    public String sessionId;

    @Column(name = "teacher_id", nullable = false, length = 36)
    public String teacherId;

    @Column(name = "list_index", nullable = false)
    public int listIndex;
}
