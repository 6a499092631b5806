package io.communityedu.programmes.teachers;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A staff activity of a community's teacher team, recorded once: 例会, training, seminar or field visit. */
@Entity
@Table(name = "staff_activity")
public class StaffActivity {

    @Id
    @Column(length = 36)
    public String id;

    @Column(name = "community_code", nullable = false, length = 40)
    public String communityCode;

    @Column(name = "activity_date", nullable = false)
    public LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public StaffActivityKind kind;

    @Column(nullable = false, length = 200)
    public String title;

    @Column(columnDefinition = "MEDIUMTEXT")
    public String minutes;

    /** In the order given; a page of activities loads its attendees in one query. */
    @ElementCollection
    @CollectionTable(name = "staff_activity_attendee", joinColumns = @JoinColumn(name = "activity_id"))
    @OrderColumn(name = "list_index")
    @Column(name = "teacher_id", nullable = false, length = 36)
    @BatchSize(size = 100)
    public List<String> attendeeTeacherIds = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
