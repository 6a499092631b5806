package io.communityedu.enrolment;

import io.communityedu.localstack.ServiceLayers;
import org.junit.jupiter.api.Test;

class LayersTest {

    @Test
    void dependenciesPointFromTheEdgeDownAndNeverBack() {
        ServiceLayers.check("io.communityedu.enrolment");
    }
}
