package io.communityedu.localstack;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;

import java.util.List;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The shape every service keeps, checked on its compiled classes: dependencies point from the HTTP
 * edge to the services, from the services to events, entities and repositories, never back. The edge
 * is the JAX-RS resources and the package {@code api}; a slice (e.g. {@code funding}) keeps its own
 * resource and JSON records beside its service, under the same rules.
 */
public final class ServiceLayers {

    private static final String JAX_RS_RESOURCE = "jakarta.ws.rs.Path";

    private ServiceLayers() {
    }

    /** Fails with every violation at once; {@code root} is the service's package, e.g. {@code io.communityedu.enrolment}. */
    public static void check(String root) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(root);
        CompositeArchRule.of(rules(root)).check(classes);
    }

    /** In order: the edge's types, events below services, entities and repositories at the bottom. */
    static List<ArchRule> rules(String root) {
        String api = root + ".api..";
        DescribedPredicate<JavaClass> apiTypes = resideInAPackage(api)
                .and(DescribedPredicate.describe("not annotations", (JavaClass type) -> !type.isAnnotation()));
        DescribedPredicate<JavaClass> services = resideInAPackage(root + "..").and(simpleNameEndingWith("Service"));
        return List.of(
                noClasses().that().resideOutsideOfPackage(api).and().areNotAnnotatedWith(JAX_RS_RESOURCE)
                        .should().dependOnClassesThat(apiTypes)
                        .because("services take commands and return views of their own; only resources translate JSON records"),
                noClasses().that().resideInAPackage(root + ".events..")
                        .should().dependOnClassesThat().resideInAnyPackage(root + ".service..", api)
                        .orShould().dependOnClassesThat(services)
                        .because("consumers hand events over through an interface of events/ that a service implements"),
                noClasses().that().resideInAnyPackage(root + ".domain..", root + ".persistence..")
                        .should().dependOnClassesThat().resideInAnyPackage(api, root + ".service..", root + ".events..")
                        .because("entities and repositories know nothing of the layers above them"));
    }
}
