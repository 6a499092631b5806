package io.communityedu.gateway;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the gateway. Quarkus refuses a request target that is not a valid URI (a malformed
 * percent-escape such as {@code /api/v1/communities/%zz}) before any route runs, with a bare
 * {@code 400}; the system property {@code vertx.disableURIValidation}, read once when Quarkus' HTTP
 * layer is loaded, hands that check to the gateway ({@code routing.MalformedRequests}), which makes
 * the same check and answers problem+json. It has to be set before Quarkus starts, hence here.
 */
@QuarkusMain
public final class GatewayMain {

    private GatewayMain() {
    }

    public static void main(String... args) {
        if (System.getProperty("vertx.disableURIValidation") == null) {
            System.setProperty("vertx.disableURIValidation", "true");
        }
        Quarkus.run(args);
    }
}
