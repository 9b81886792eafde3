package dev.eventsim.simulator;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the layering of docs/architecture.md ("Layering") honest. */
@AnalyzeClasses(packages = "dev.eventsim.simulator", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule backends_do_not_know_the_web_framework = noClasses()
            .that().haveSimpleNameEndingWith("Backend")
            .or().resideInAnyPackage("..api..", "..state..", "..clock..", "..templates..",
                    "..faults..", "..journal..")
            .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "jakarta.servlet..", "org.eclipse.jetty..");

    @ArchTest
    static final ArchRule features_do_not_depend_on_the_control_plane = noClasses()
            .that().resideInAnyPackage("..events..", "..sessions..", "..teammembers..", "..categories..",
                    "..eventusers..", "..participants..", "..auth..",
                    "..templates..", "..state..", "..api..", "..faults..", "..seeding..")
            .should().dependOnClassesThat().resideInAPackage("dev.eventsim.simulator.control..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule controllers_answer_through_the_error_catalogue = noClasses()
            .that().haveSimpleNameEndingWith("Controller")
            .should().dependOnClassesThat().haveFullyQualifiedName("io.javalin.http.HttpResponseException");
}
