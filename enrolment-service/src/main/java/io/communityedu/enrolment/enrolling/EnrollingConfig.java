package io.communityedu.enrolment.enrolling;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How enrolment requests are decided in batches per session ({@link EnrolmentQueues}). */
@ConfigMapping(prefix = "enrolling")
public interface EnrollingConfig {

    /** Most requests one session's worker decides in one transaction. */
    @WithDefault("100")
    int maxBatch();

    /** Workers deciding batches; each holds one database connection while it decides. */
    @WithDefault("8")
    int workers();
}
