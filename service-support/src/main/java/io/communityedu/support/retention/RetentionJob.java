package io.communityedu.support.retention;

import io.communityedu.support.lease.DatabaseLease;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Runs every {@link RetentionTask} of the service on quarkus-scheduler's schedule. With several
 * instances, the database lease {@code retention} lets one run at a time; the tasks are safe
 * concurrently anyway (bounded deletes of what is due).
 */
@ApplicationScoped
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class);
    private static final String LEASE = "retention";

    private final Instance<RetentionTask> tasks;
    private final DatabaseLease lease;
    private final RetentionConfig config;
    private final String owner = "retention-" + UUID.randomUUID();

    public RetentionJob(Instance<RetentionTask> tasks, DatabaseLease lease, RetentionConfig config) {
        this.tasks = tasks;
        this.lease = lease;
        this.config = config;
    }

    @Scheduled(identity = "retention", every = "${retention.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            runOnce();
        } catch (RuntimeException e) {
            // Exception messages can carry row data; the class says enough, the next run tries again.
            LOG.warnf("Retention run failed: %s", e.getClass().getName());
        }
    }

    /** One run of every task, if this instance gets the lease; what each purged (empty without the lease). */
    public Map<String, Long> runOnce() {
        if (!lease.hold(LEASE, owner, config.leaseDuration())) {
            return Map.of();
        }
        Map<String, Long> purged = new LinkedHashMap<>();
        try {
            Instant now = Instant.now();
            for (RetentionTask task : tasks) {
                purged.put(task.name(), task.purge(now));
            }
        } finally {
            lease.release(LEASE, owner);
        }
        LOG.infof("Retention: %s", purged);
        return purged;
    }
}
