package io.communityedu.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

import static io.communityedu.localstack.Concurrently.inParallel;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Many threads asking at once for the token of one account that has none yet, as the concurrent tests do: the
 * realm's brute-force protection refuses a second simultaneous login of a user ("user_temporarily_disabled"), so
 * the token cache must sign in once and hand the same token to every waiting thread.
 */
@ExtendWith(SuiteExtension.class)
class ConcurrentSignInTest {

    @Test
    void threadsAskingAtOnceForOneAccountsTokenAllGetTheOneTokenOfASingleSignIn() throws Exception {
        String username = "e2e-concurrent-" + System.nanoTime();
        Tokens.tokens().createResident(username);
        List<Callable<String>> askers = IntStream.range(0, 24).<Callable<String>>mapToObj(i -> () -> Tokens.of(username)).toList();

        List<String> tokens = inParallel(askers);

        assertEquals(1, tokens.stream().distinct().count(), "one sign-in, one token for all");
    }
}
