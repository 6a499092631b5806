package io.communityedu.enrolment.retention;

import io.communityedu.enrolment.audit.ResidentAuditRepository;
import io.communityedu.enrolment.config.EnrolmentConfig;
import io.communityedu.enrolment.persistence.NotificationRepository;
import io.communityedu.enrolment.persistence.ResidentRepository;
import io.communityedu.enrolment.service.ErasureService;
import io.communityedu.support.retention.RetentionConfig;
import io.communityedu.support.retention.RetentionTask;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Residents with no activity (registration, a change of their record, an enrolment change) for
 * {@code enrolment.resident-retention} (RESIDENT_RETENTION, 3 years by default) are erased as on request, each in a
 * transaction of its own and checked again under the resident's lock. A guardian with live wards waits for them.
 */
@ApplicationScoped
public class ResidentRetention implements RetentionTask {

    private static final Logger LOG = Logger.getLogger(ResidentRetention.class);
    private static final int BATCH = 100;

    private final ResidentRepository residents;
    private final NotificationRepository notifications;
    private final ResidentAuditRepository audit;
    private final ErasureService erasure;
    private final EnrolmentConfig config;
    private final RetentionConfig retention;

    public ResidentRetention(ResidentRepository residents, NotificationRepository notifications,
                             ResidentAuditRepository audit, ErasureService erasure, EnrolmentConfig config,
                             RetentionConfig retention) {
        this.residents = residents;
        this.notifications = notifications;
        this.audit = audit;
        this.erasure = erasure;
        this.config = config;
        this.retention = retention;
    }

    @Override
    public String name() {
        return "inactive residents";
    }

    @Override
    public long purge(Instant now) {
        Instant before = now.atOffset(ZoneOffset.UTC).minus(config.residentRetention()).toInstant();
        long erased = 0;
        // Those not erased this run (found active under the lock, or failing) are passed over until the next run,
        // so that they never hold up the residents behind them.
        Set<String> passedOver = new HashSet<>();
        List<String> due;
        do {
            due = QuarkusTransaction.requiringNew().call(() -> residents.inactiveSince(before, passedOver, BATCH));
            for (String id : due) {
                try {
                    if (QuarkusTransaction.requiringNew().call(() -> erasure.eraseIfInactive(id, before))) {
                        erased++;
                        continue;
                    }
                } catch (RuntimeException e) {
                    // The id and the class only: exception messages may carry a resident's data. Tried next run.
                    LOG.warnf("Erasing inactive resident %s failed (%s)", id, e.getClass().getName());
                }
                passedOver.add(id);
            }
        } while (due.size() == BATCH);
        // A notification or audit copy written by a change that read the resident just before their erasure committed.
        int chunk = retention.chunkSize();
        QuarkusTransaction.requiringNew().run(() -> {
            notifications.deleteOfErased(chunk);
            audit.deleteAboutErased();
        });
        return erased;
    }
}
