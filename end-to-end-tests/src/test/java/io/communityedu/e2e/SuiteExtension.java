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
                                "CORS_ORIGINS", ALLOWED_ORIGIN))), StartedSuite.class)
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
