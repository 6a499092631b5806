package io.communityedu.support.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where audit entries go. */
@ConfigMapping(prefix = "audit")
public interface AuditConfig {

    /** The topic every service publishes its audit entries to (through its outbox). */
    @WithDefault("audit-events")
    String topic();
}
