package io.communityedu.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A staff activity, once per activityId: activities are recorded, never changed. */
@Entity
@Table(name = "reported_staff_activity")
public class ReportedStaffActivity {

    @Id
    @Column(name = "activity_id", length = 36)
    public String activityId;

    @Column(name = "community_code", nullable = false, length = 40)
    public String communityCode;

    @Column(name = "activity_year", nullable = false)
    public int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public StaffActivityKind kind;
}
