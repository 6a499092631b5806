package io.communityedu.localstack;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Starts a fresh local stack (new data folder, free ports) for a test run and points the
 * application at it, and at {@link TestTokens}' key for bearer tokens. Init args: {@code database}, the
 * database to create (default "app"); {@code tokenKeysUnreachable=true}, to point the token validation at
 * an identity provider that does not answer.
 */
public class LocalStackTestResource implements QuarkusTestResourceLifecycleManager {

    private String database = "app";
    private boolean tokenKeysUnreachable;
    private LocalStack stack;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
        tokenKeysUnreachable = Boolean.parseBoolean(initArgs.getOrDefault("tokenKeysUnreachable", "false"));
    }

    @Override
    public Map<String, String> start() {
        Path home = Path.of("target", "local-stack", "run-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        deleteEarlierRuns(home.getParent());
        stack = LocalStack.onFreePorts(home).start(List.of(database));
        return Map.of(
                "quarkus.datasource.jdbc.url", stack.mariaDb().jdbcUrl(database),
                "quarkus.datasource.username", LocalMariaDb.USER,
                "quarkus.datasource.password", LocalMariaDb.PASSWORD,
                "kafka.bootstrap.servers", stack.kafka().bootstrapServers(),
                // Tokens of TestTokens, through the same validation as Keycloak's.
                "mp.jwt.verify.publickey.location", tokenKeysUnreachable
                        // Where an identity provider that is down would serve its keys: nothing listens there.
                        ? "http://127.0.0.1:" + LocalStack.freePort() + "/realms/community-edu/protocol/openid-connect/certs"
                        : tokenKey(home).toUri().toString(),
                "mp.jwt.verify.issuer", TestTokens.ISSUER);
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(stack,
                new TestInjector.AnnotatedAndMatchesType(InjectLocalStack.class, LocalStack.class));
    }

    @Override
    public void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    private static Path tokenKey(Path home) {
        try {
            return Files.writeString(home.resolve("token-key.pem"), TestTokens.publicKeyPem()).toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteEarlierRuns(Path runs) {
        if (!Files.isDirectory(runs)) {
            return;
        }
        Folders.delete(runs);
    }
}
