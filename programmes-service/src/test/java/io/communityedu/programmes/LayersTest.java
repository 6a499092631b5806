package io.communityedu.programmes;

import io.communityedu.localstack.ServiceLayers;
import org.junit.jupiter.api.Test;

class LayersTest {

    @Test
    void dependenciesPointFromTheEdgeDownAndNeverBack() {
        ServiceLayers.check("io.communityedu.programmes");
    }
}
