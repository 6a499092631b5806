package io.communityedu.e2e;

import io.communityedu.localstack.suite.RunningSuite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.util.Collections;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Only the gateway faces the network: the services, the database and the broker listen on loopback. */
@ExtendWith(SuiteExtension.class)
class NetworkExposureTest {

    @Test
    void fromAnotherInterfaceOnlyTheGatewayAnswers(RunningSuite suite) throws SocketException {
        Optional<InetAddress> external = externalAddress();
        assumeTrue(external.isPresent(), "this machine has no non-loopback IPv4 address to try");
        InetAddress address = external.get();

        assertTrue(accepts(address, suite.gateway()), "the gateway on " + address);
        for (URI internal : new URI[]{suite.programmesUri(), suite.enrolmentUri(), suite.reportingUri(),
                URI.create("tcp://" + suite.stack().kafka().bootstrapServers()),
                URI.create(suite.stack().mariaDb().jdbcUrl("programmes").substring("jdbc:".length()))}) {
            assertTrue(accepts(InetAddress.getLoopbackAddress(), internal), internal + " on loopback");
            assertFalse(accepts(address, internal), internal + " must not answer on " + address);
        }
    }

    private static boolean accepts(InetAddress address, URI uri) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, uri.getPort()), 2000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    private static Optional<InetAddress> externalAddress() throws SocketException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nic.isUp() && !nic.isLoopback()) {
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    if (address instanceof Inet4Address) {
                        return Optional.of(address);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
