package io.communityedu.localstack;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class ServiceLayersTest {

    private static final String FIXTURES = "io.communityedu.localstack.layers.";

    @Test
    void dependenciesPointingDownwardPass() {
        EvaluationResult result = evaluate("tidy");
        assertFalse(result.hasViolation(), result.getFailureReport().toString());
    }

    @Test
    void eachLayerReachingUpIsReported() {
        EvaluationResult result = evaluate("tangled");
        // Each detail begins with the member that depends, e.g. "Method <...tangled.service.RoomService.create(...)>".
        Pattern origin = Pattern.compile("^\\w+ <" + Pattern.quote(FIXTURES + "tangled.") + "(\\w+\\.[A-Z]\\w*)");
        Set<String> offenders = new TreeSet<>();
        for (String detail : result.getFailureReport().getDetails()) {
            Matcher matcher = origin.matcher(detail);
            if (matcher.find()) {
                offenders.add(matcher.group(1));
            }
        }
        assertEquals(Set.of("service.RoomService", "events.RoomEventHandler", "domain.Room"), offenders,
                result.getFailureReport().toString());
    }

    private static EvaluationResult evaluate(String fixture) {
        String root = FIXTURES + fixture;
        return ServiceLayers.rules(root).evaluate(new ClassFileImporter().importPackages(root));
    }
}
