package io.communityedu.enrolment.retention;

import io.communityedu.enrolment.config.EnrolmentConfig;
import io.communityedu.enrolment.persistence.IdempotencyRepository;
import io.communityedu.support.retention.RetentionConfig;
import io.communityedu.support.retention.RetentionTask;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

/** Answers kept for Idempotency-Key retries go after {@code enrolment.idempotency-retention} (24 h). */
@ApplicationScoped
public class IdempotencyRetention implements RetentionTask {

    private final IdempotencyRepository records;
    private final EnrolmentConfig config;
    private final RetentionConfig retention;

    public IdempotencyRetention(IdempotencyRepository records, EnrolmentConfig config, RetentionConfig retention) {
        this.records = records;
        this.config = config;
        this.retention = retention;
    }

    @Override
    public String name() {
        return "idempotency records";
    }

    @Override
    public long purge(Instant now) {
        Instant before = now.minus(config.idempotencyRetention());
        return RetentionTask.inChunks(retention.chunkSize(), limit -> records.deleteCreatedBefore(before, limit));
    }
}
