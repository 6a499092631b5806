package io.communityedu.support.config;

import io.quarkus.arc.Unremovable;
import io.smallrye.config.ConfigMapping;

/**
 * The database account a service runs with. Both are required: packaged (the prod profile) they
 * come only from DB_USER and DB_PASSWORD, so a service missing them refuses to start, naming them,
 * instead of trying root with no password. The datasource takes them from here. Unremovable: nothing
 * injects it, and Quarkus validates only the mappings it keeps.
 */
@Unremovable
@ConfigMapping(prefix = "service.database")
public interface DatabaseCredentials {

    String user();

    String password();
}
