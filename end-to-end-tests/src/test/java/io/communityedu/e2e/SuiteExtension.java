package io.communityedu.e2e;

import io.communityedu.localstack.suite.RunningSuite;
import io.restassured.RestAssured;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Gives test classes the one {@link RunningSuite} of the test run (started by the first class
 * that needs it, stopped when the run ends), points REST Assured at its gateway and {@link Tokens} at
 * its Keycloak.
 */
public final class SuiteExtension implements BeforeAllCallback, ParameterResolver {

    /** Short enough for a test to see the gateway give up on a silent service. */
    static final Duration GATEWAY_RESPONSE_TIMEOUT = Duration.ofSeconds(5);
    static final String ALLOWED_ORIGIN = "https://app.qinghe.example";

    @Override
    public void beforeAll(ExtensionContext context) {
        RestAssured.baseURI = "http://" + suite(context).gateway().getHost();
        RestAssured.port = suite(context).gateway().getPort();
        Tokens.use(suite(context).keycloakUri());
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == RunningSuite.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return suite(context);
    }

    private static RunningSuite suite(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(StartedSuite.class, key -> new StartedSuite(new RunningSuite(
                        Path.of("..").toAbsolutePath().normalize(), Map.of(
                                "GATEWAY_RESPONSE_TIMEOUT", GATEWAY_RESPONSE_TIMEOUT.toSeconds() + "s",
                                "CORS_ORIGINS", ALLOWED_ORIGIN,
                                // The tests act as a proxy in front of the gateway when they connect from 127.0.0.1
                                // (HttpEdgesTest connects from 127.0.0.2 to be anybody else).
                                "GATEWAY_TRUSTED_PROXIES", "127.0.0.1/32",
                                // Far above what the tests send from one address and a few accounts (the
                                // gateway module tests the limits themselves).
                                "GATEWAY_RATE_LIMIT_PER_CALLER", "5000", "GATEWAY_RATE_LIMIT_PER_CALLER_BURST", "50000",
                                "GATEWAY_RATE_LIMIT_PER_ADDRESS", "10000", "GATEWAY_RATE_LIMIT_PER_ADDRESS_BURST", "100000"))),
                        StartedSuite.class)
                .suite();
    }

    /** Stops the suite when the test run ends. */
    private record StartedSuite(RunningSuite suite) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            suite.close();
        }
    }
}
