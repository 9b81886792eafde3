package dev.eventsim.junit;

import dev.eventsim.client.EventsClient;
import dev.eventsim.simulator.EventsSimulator;
import dev.eventsim.simulator.SimulatorOptions;
import dev.eventsim.simulator.api.PagerPolicy;
import dev.eventsim.simulator.api.UnknownFields;
import dev.eventsim.simulator.auth.AuthMode;
import dev.eventsim.simulator.admin.ControlPlane;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Runs the Events API simulator in-process for JUnit 5 tests, in WireMock's two styles: declared
 * with {@link EventsSimulatorTest @EventsSimulatorTest}, or held in a field and set up in code:
 *
 * <pre>{@code
 * @RegisterExtension
 * static EventsSimulatorExtension sim = EventsSimulatorExtension.builder()
 *         .pagerPolicy(new PagerPolicy(PagerPolicy.LimitMode.clamp, PagerPolicy.OffsetMode.items))
 *         .build();
 *
 * @Test
 * void lists_events() {
 *     assertThat(sim.client().events().list().totalCount()).isZero();
 * }
 * }</pre>
 *
 * A static field gives one simulator per class (or per run); an instance field one per test.
 * Either way, parameters of the types listed on {@link EventsSimulatorTest} are injected.
 *
 * <p>Where things live: the simulator in the extension store of the class (of the whole run for
 * {@link SimulatorLifecycle#PER_RUN}), closed when that scope ends; a test's partner, KS and client
 * in the store of the test. Nothing of a running test is kept in a field, so concurrent tests
 * (with {@code isolatePartners}) each see their own; the accessors of a field-held extension
 * answer for the test running on the calling thread.
 */
public final class EventsSimulatorExtension implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback,
        ParameterResolver {
    /** Shared by every extension instance: where a run-wide simulator is found by its options. */
    private static final Namespace RUN = Namespace.create(EventsSimulatorExtension.class);
    private static final String SIMULATOR = "simulator";
    private static final String SHARED_PARTNER = "sharedPartner";
    private static final String ISOLATED_PARTNER = "isolatedPartner";

    private final Settings programmatic;
    private final Namespace namespace;
    private final ThreadLocal<TestPartner> current = new ThreadLocal<>();
    private volatile RunningSimulator running;
    private volatile TestPartner outsideTests;

    /** The declared style: {@code @EventsSimulatorTest} (or a plain {@code @ExtendWith}) gives the settings. */
    public EventsSimulatorExtension() {
        this.programmatic = null;
        this.namespace = RUN;
    }

    private EventsSimulatorExtension(Settings settings) {
        this.programmatic = settings;
        // Its own namespace: a field-held extension never picks up a simulator another one started.
        this.namespace = Namespace.create(EventsSimulatorExtension.class, this);
    }

    public static Builder builder() {
        return new Builder();
    }

    // ---- JUnit callbacks

    @Override
    public void beforeAll(ExtensionContext context) {
        Settings settings = settings(context);
        simulator(context);
        if (!settings.isolatePartners()) {
            partner(context, settings); // one client for the class's tests
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Settings settings = settings(context);
        RunningSimulator simulator = simulator(context);
        if (settings.reset() && !settings.isolatePartners()) {
            simulator.simulator().reset();
        }
        current.set(partner(context, settings));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        // The isolated partner itself goes when the test's store closes, after every @AfterEach.
        current.remove();
    }

    // ---- parameters

    @Override
    public ExtensionContextScope getTestInstantiationExtensionContextScope(ExtensionContext rootContext) {
        // Constructor parameters then get the test's own context, so a test's partner can be injected there.
        return ExtensionContextScope.TEST_METHOD;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        if (type == String.class) {
            return parameter.isAnnotated(SimulatorUrl.class) || parameter.isAnnotated(Ks.class);
        }
        return type == EventsSimulator.class || type == ControlPlane.class || type == EventsClient.class
                || type == SimulatorInfo.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        EventsSimulator simulator = simulator(context).simulator();
        if (type == EventsSimulator.class) {
            return simulator;
        }
        if (type == ControlPlane.class) {
            return simulator.control();
        }
        Optional<SimulatorUrl> url = parameter.findAnnotation(SimulatorUrl.class);
        if (url.isPresent()) {
            return url.get().api() ? simulator.apiBaseUrl() : simulator.baseUrl();
        }
        Settings settings = settings(context);
        if (settings.isolatePartners() && context.getTestMethod().isEmpty()) {
            throw new ParameterResolutionException("With isolatePartners each test has its own partner, so "
                    + parameter.getParameter() + " can be injected only into a test, its constructor or "
                    + "@BeforeEach/@AfterEach, not into @BeforeAll/@AfterAll or a per-class constructor");
        }
        TestPartner partner = partner(context, settings);
        if (type == EventsClient.class) {
            return partner.client();
        }
        if (type == SimulatorInfo.class) {
            return partner.info();
        }
        return partner.ks();
    }

    // ---- accessors of a field-held extension

    /** The running simulator. */
    public EventsSimulator simulator() {
        return running().simulator();
    }

    /** {@code http://127.0.0.1:<port>}: the core API and the control plane. */
    public String baseUrl() {
        return simulator().baseUrl();
    }

    /** {@code http://127.0.0.1:<port>/api/v1}. */
    public String apiBaseUrl() {
        return simulator().apiBaseUrl();
    }

    /** The control plane in-process. */
    public ControlPlane control() {
        return simulator().control();
    }

    /** An ADMIN KS of the current test's partner (see {@link Ks}). */
    public String ks() {
        return partner().ks();
    }

    /** The current test's client. */
    public EventsClient client() {
        return partner().client();
    }

    /** The current test's URLs, partner and KS. */
    public SimulatorInfo info() {
        return partner().info();
    }

    private RunningSimulator running() {
        RunningSimulator simulator = running;
        if (simulator == null) {
            throw new IllegalStateException("The simulator of this extension is not running: it starts with the "
                    + "tests of the class that registers it (register it with @RegisterExtension)");
        }
        return simulator;
    }

    /** The test running on this thread's partner; outside a test, the default partner (never an isolated one). */
    private TestPartner partner() {
        TestPartner partner = current.get();
        if (partner != null) {
            return partner;
        }
        RunningSimulator simulator = running();
        if (programmatic != null && programmatic.isolatePartners()) {
            throw new IllegalStateException("With isolatePartners each test has its own partner, and no test is "
                    + "running on this thread: call this from a test or @BeforeEach/@AfterEach, or take the value "
                    + "as a parameter");
        }
        TestPartner fallback = outsideTests;
        if (fallback == null || fallback.simulator() != simulator.simulator()) {
            fallback = TestPartner.shared(simulator, programmatic == null ? Settings.defaults() : programmatic);
            outsideTests = fallback;
        }
        return fallback;
    }

    // ---- where things live

    private Settings settings(ExtensionContext context) {
        if (programmatic != null) {
            return programmatic;
        }
        for (Class<?> type = context.getTestClass().orElse(null); type != null; type = type.getEnclosingClass()) {
            Optional<EventsSimulatorTest> annotation = AnnotationSupport.findAnnotation(type, EventsSimulatorTest.class);
            if (annotation.isPresent()) {
                return Settings.of(annotation.get());
            }
        }
        return Settings.defaults();
    }

    /**
     * The simulator of this context: found in its store or a parent's (a {@code @Nested} class uses
     * its outer class's), else started and kept here — in the class's store when asked from a class,
     * in the test's when a field-held extension of a test instance asks from a test.
     */
    private RunningSimulator simulator(ExtensionContext context) {
        Attached attached = context.getStore(namespace)
                .getOrComputeIfAbsent(SIMULATOR, key -> attach(context), Attached.class);
        running = attached.simulator();
        return attached.simulator();
    }

    private Attached attach(ExtensionContext context) {
        Settings settings = settings(context);
        if (settings.lifecycle() == SimulatorLifecycle.PER_RUN) {
            RunningSimulator shared = context.getRoot().getStore(RUN).getOrComputeIfAbsent(
                    new RunKey(settings.options()), key -> RunningSimulator.start(key.options()),
                    RunningSimulator.class);
            return new Attached(shared, false);
        }
        return new Attached(RunningSimulator.start(settings.options()), true);
    }

    private TestPartner partner(ExtensionContext context, Settings settings) {
        RunningSimulator simulator = simulator(context);
        if (settings.isolatePartners()) {
            // Kept in the test's own store (looked up there first), so a test never sees another's.
            return context.getStore(namespace).getOrComputeIfAbsent(ISOLATED_PARTNER,
                    key -> TestPartner.isolated(simulator, settings), TestPartner.class);
        }
        return context.getStore(namespace).getOrComputeIfAbsent(SHARED_PARTNER,
                key -> TestPartner.shared(simulator, settings), TestPartner.class);
    }

    /** A simulator as a scope sees it; closing the scope stops it only if the scope started it. */
    private record Attached(RunningSimulator simulator, boolean owned) implements AutoCloseable {
        @Override
        public void close() {
            if (owned) {
                simulator.close();
            }
        }
    }

    /** Run-wide simulators are shared by equal options. */
    private record RunKey(SimulatorOptions options) {
    }

    /** Builds a field-held extension; the settings are those of {@link EventsSimulatorTest}. */
    public static final class Builder {
        private SimulatorOptions options = Settings.testDefaults();
        private SimulatorLifecycle lifecycle = SimulatorLifecycle.PER_CLASS;
        private boolean reset = true;
        private boolean isolatePartners;
        private Consumer<EventsClient.Builder> client = builder -> {
        };

        private Builder() {
        }

        /** Every simulator option at once (partners, seed file, state file...); the methods below change one. */
        public Builder options(SimulatorOptions value) {
            this.options = Objects.requireNonNull(value, "options");
            return this;
        }

        /** The port; 0 (the default) picks a free one. */
        public Builder port(int value) {
            this.options = options.withPort(value);
            return this;
        }

        public Builder authMode(AuthMode value) {
            this.options = options.withAuthMode(value);
            return this;
        }

        /** How pagers are read; the injected client reads {@code offset} the same way. */
        public Builder pagerPolicy(PagerPolicy value) {
            this.options = options.withPagerPolicy(value);
            return this;
        }

        public Builder seed(long value) {
            this.options = options.withSeed(value);
            return this;
        }

        /** A field an operation does not take: {@code reject} (the default here), {@code warn} or {@code ignore}. */
        public Builder unknownFields(UnknownFields.Mode value) {
            this.options = options.withUnknownFields(value);
            return this;
        }

        /** {@link SimulatorLifecycle#PER_CLASS} (the default) or {@link SimulatorLifecycle#PER_RUN}. */
        public Builder lifecycle(SimulatorLifecycle value) {
            this.lifecycle = Objects.requireNonNull(value, "lifecycle");
            return this;
        }

        /** See {@link EventsSimulatorTest#reset()}. Default true. */
        public Builder reset(boolean value) {
            this.reset = value;
            return this;
        }

        /** See {@link EventsSimulatorTest#isolatePartners()}. Default false. */
        public Builder isolatePartners(boolean value) {
            this.isolatePartners = value;
            return this;
        }

        /** Changes the injected clients' settings, e.g. {@code b -> b.retryPolicy(RetryPolicy.none())}. */
        public Builder client(Consumer<EventsClient.Builder> value) {
            this.client = Objects.requireNonNull(value, "client");
            return this;
        }

        public EventsSimulatorExtension build() {
            return new EventsSimulatorExtension(new Settings(options, lifecycle, reset, isolatePartners, client));
        }
    }
}
