package io.communityedu.localstack;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServiceLayersTest {

    private static final String FIXTURES = "io.communityedu.localstack.layers.";

    @Test
    void dependenciesPointingDownwardPassAsDoSlicesResourcesAndAnnotationsOfApi() {
        String root = FIXTURES + "tidy";
        JavaClasses classes = new ClassFileImporter().importPackages(root);
        for (ArchRule rule : ServiceLayers.rules(root)) {
            EvaluationResult result = rule.evaluate(classes);
            assertFalse(result.hasViolation(), result.getFailureReport().toString());
        }
    }

    @Test
    void eachRuleReportsTheLayerThatReachesUp() {
        String root = FIXTURES + "tangled";
        JavaClasses classes = new ClassFileImporter().importPackages(root);
        List<ArchRule> rules = ServiceLayers.rules(root);
        assertEquals(Set.of("service.RoomService"), offenders(rules.get(0).evaluate(classes)));
        assertEquals(Set.of("events.RoomEventHandler"), offenders(rules.get(1).evaluate(classes)));
        assertEquals(Set.of("domain.Room"), offenders(rules.get(2).evaluate(classes)));
        // api -> domain -> events -> service -> api
        EvaluationResult cycles = rules.get(3).evaluate(classes);
        assertTrue(cycles.hasViolation());
        assertTrue(cycles.getFailureReport().toString().contains("Slice api -> "), cycles.getFailureReport().toString());
    }

    /** Each detail begins with the member that depends, e.g. "Method <...tangled.service.RoomService.create(...)>". */
    private static Set<String> offenders(EvaluationResult result) {
        Pattern origin = Pattern.compile("^\\w+ <" + Pattern.quote(FIXTURES + "tangled.") + "(\\w+\\.[A-Z]\\w*)");
        Set<String> offenders = new TreeSet<>();
        for (String detail : result.getFailureReport().getDetails()) {
            Matcher matcher = origin.matcher(detail);
            if (matcher.find()) {
                offenders.add(matcher.group(1));
            }
        }
        return offenders;
    }
}
