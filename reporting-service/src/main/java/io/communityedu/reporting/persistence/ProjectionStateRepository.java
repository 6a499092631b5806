package io.communityedu.reporting.persistence;

import io.communityedu.reporting.domain.ProjectionState;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.FlushModeType;

import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class ProjectionStateRepository implements PanacheRepositoryBase<ProjectionState, Integer> {

    /**
     * Tables that hold what the events built, emptied by a rebuild (with the ids of the events applied).
     * Not audit_entry: the trail is kept as it is, and the replay's copies of its entries are ignored by id.
     */
    private static final List<String> PROJECTION_TABLES = List.of("reported_plan", "reported_budget_line",
            "reported_programme", "reported_session", "reported_enrolment", "participant_member", "participant_count",
            "reported_teacher", "reported_staff_activity", "reported_ledger_entry", "processed_event");

    public Instant asOf() {
        return findByIdOptional(ProjectionState.ID).map(state -> state.asOf).orElse(null);
    }

    /** Moves asOf forward to the event's time; a late, older event leaves it. */
    public void eventFolded(Instant occurredAt) {
        getEntityManager().createNativeQuery(
                        "UPDATE projection_state SET as_of = ?1 WHERE id = ?2 AND (as_of IS NULL OR as_of < ?1)")
                .setFlushMode(FlushModeType.COMMIT) // no change of this row is ever pending in the session
                .setParameter(1, occurredAt)
                .setParameter(2, ProjectionState.ID)
                .executeUpdate();
    }

    /** Forgets everything the events built, in the caller's transaction (DELETE, not TRUNCATE, which would commit). */
    public void clear() {
        PROJECTION_TABLES.forEach(table -> getEntityManager().createNativeQuery("DELETE FROM " + table).executeUpdate());
        getEntityManager().createNativeQuery("UPDATE projection_state SET as_of = NULL").executeUpdate();
        getEntityManager().clear();
    }
}
