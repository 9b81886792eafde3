package dev.eventsim.simulator;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
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

    /** The features: each a package with its backend and, facing the API, its controller or actions. */
    private static final String[] FEATURES = {"..events..", "..sessions..", "..teammembers..", "..eventusers..",
            "..participants..", "..duplication..", "..categories..", "..auth..", "..apptokens..", "..entries..",
            "..templates..", "..lifecycle..", "..seeding.."};

    /** The store below every feature: their tables plug in through a TableKind, events and sessions too. */
    @ArchTest
    static final ArchRule the_store_knows_no_feature = noClasses()
            .that().resideInAPackage("dev.eventsim.simulator.state..")
            .should().dependOnClassesThat().resideInAnyPackage(FEATURES);

    @ArchTest
    static final ArchRule features_do_not_reach_up_to_the_edge_or_the_control_plane = noClasses()
            .that().resideInAnyPackage(FEATURES)
            .should().dependOnClassesThat().resideInAnyPackage("dev.eventsim.simulator.http..",
                    "dev.eventsim.simulator.control..", "dev.eventsim.simulator.admin..",
                    "dev.eventsim.simulator.persistence..", "dev.eventsim.simulator.cli..");

    @ArchTest
    static final ArchRule the_core_api_codec_stands_on_its_own = noClasses()
            .that().resideInAPackage("dev.eventsim.simulator.coreapi..")
            .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
            .orShould().dependOnClassesThat().resideInAnyPackage("dev.eventsim.simulator.http..",
                    "dev.eventsim.simulator.control..", "dev.eventsim.simulator.admin..", "io.javalin..");

    @ArchTest
    static final ArchRule the_admin_service_does_not_know_its_http_mapping = noClasses()
            .that().resideInAnyPackage("dev.eventsim.simulator.admin..", "dev.eventsim.simulator.persistence..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.eventsim.simulator.control..",
                    "dev.eventsim.simulator.http..", "dev.eventsim.simulator.cli..", "io.javalin..");

    @ArchTest
    static final ArchRule persistence_does_not_know_the_admin_service = noClasses()
            .that().resideInAPackage("dev.eventsim.simulator.persistence..")
            .should().dependOnClassesThat().resideInAPackage("dev.eventsim.simulator.admin..");

    @ArchTest
    static final ArchRule controllers_answer_through_the_error_catalogue = noClasses()
            .that().haveSimpleNameEndingWith("Controller")
            .should().dependOnClassesThat().haveFullyQualifiedName("io.javalin.http.HttpResponseException");

    /** One way in: every API, core API and control plane call is a Pipeline over its surface. */
    @ArchTest
    static final ArchRule every_call_goes_in_through_the_one_pipeline = classes()
            .that().implement("io.javalin.http.Handler")
            .should().haveFullyQualifiedName("dev.eventsim.simulator.http.Pipeline");

    /** A surface brings its codec, caller and envelope; the stages (faults, limits) are the pipeline's alone. */
    @ArchTest
    static final ArchRule surfaces_leave_the_stages_to_the_pipeline = noClasses()
            .that().implement("dev.eventsim.simulator.http.Surface")
            .should().dependOnClassesThat().haveFullyQualifiedName("dev.eventsim.simulator.http.FaultInjection")
            .orShould().dependOnClassesThat().resideInAPackage("dev.eventsim.simulator.faults..");
}
