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
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The shape every service keeps, checked on its compiled classes: dependencies point from the HTTP
 * edge to the services, from the services to events, entities and repositories, never back. The edge
 * is the package {@code api}, the JAX-RS resources and the JSON records documented with {@code @Schema}
 * (a capability such as {@code funding} keeps its own beside its service; views and commands carry no
 * {@code @Schema}), and no two packages depend on each other in a cycle.
 */
public final class ServiceLayers {

    private static final String JAX_RS_RESOURCE = "jakarta.ws.rs.Path";
    /** JSON records a capability's resource reads or writes carry it: they are the edge too. */
    private static final String DOCUMENTED_JSON = "org.eclipse.microprofile.openapi.annotations.media.Schema";

    private ServiceLayers() {
    }

    /** Fails with every violation at once; {@code root} is the service's package, e.g. {@code io.communityedu.enrolment}. */
    public static void check(String root) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(root);
        CompositeArchRule.of(rules(root)).check(classes);
    }

    /** In order: the edge's types, events below services, entities and repositories at the bottom, no cycle between packages. */
    static List<ArchRule> rules(String root) {
        String api = root + ".api..";
        DescribedPredicate<JavaClass> apiTypes = resideInAPackage(api)
                .and(DescribedPredicate.describe("not annotations", (JavaClass type) -> !type.isAnnotation()));
        DescribedPredicate<JavaClass> services = resideInAPackage(root + "..").and(simpleNameEndingWith("Service"));
        return List.of(
                noClasses().that().resideOutsideOfPackage(api).and().areNotAnnotatedWith(JAX_RS_RESOURCE)
                        .and().areNotAnnotatedWith(DOCUMENTED_JSON)
                        .should().dependOnClassesThat(apiTypes)
                        .because("services take commands and return views of their own; only resources translate JSON records"),
                noClasses().that().resideInAPackage(root + ".events..")
                        .should().dependOnClassesThat().resideInAnyPackage(root + ".service..", api)
                        .orShould().dependOnClassesThat(services)
                        .because("consumers hand events over through an interface of events/ that a service implements"),
                noClasses().that().resideInAnyPackage(root + ".domain..", root + ".persistence..")
                        .should().dependOnClassesThat().resideInAnyPackage(api, root + ".service..", root + ".events..")
                        .because("entities and repositories know nothing of the layers above them"),
                slices().matching(root + ".(*)..").should().beFreeOfCycles()
                        .because("a package (a layer or a capability) can be read, changed and tested knowing only those below it"));
    }
}
