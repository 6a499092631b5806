package io.communityedu.localstack;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For tests of behaviour rather than of access: every request REST Assured sends during a test
 * carries an admin's token ({@link TestTokens}); a request's own Authorization header replaces it.
 * Use with {@code @ExtendWith(ActingAsAdmin.class)}.
 */
public final class ActingAsAdmin implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        TestTokens.actAs(TestTokens.admin());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        TestTokens.actAsNobody();
    }
}
