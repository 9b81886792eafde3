package dev.eventsim.junit;

import dev.eventsim.simulator.api.PagerPolicy;
import dev.eventsim.simulator.api.UnknownFields;
import dev.eventsim.simulator.auth.AuthMode;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the Events API simulator in-process for a test class: started on a free loopback port
 * before the class, reset before each test, stopped after the class. Test methods, constructors
 * and lifecycle methods can take the {@code EventsSimulator}, its {@code ControlPlane}, a ready
 * {@code EventsClient}, a {@link SimulatorInfo}, a {@link SimulatorUrl @SimulatorUrl String} and a
 * {@link Ks @Ks String}.
 *
 * <pre>{@code
 * @EventsSimulatorTest
 * class MySyncTest {
 *     @Test
 *     void creates_the_event(EventsClient client, ControlPlane control) { ... }
 * }
 * }</pre>
 *
 * For the same with settings held in a field, see {@link EventsSimulatorExtension#builder()}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(EventsSimulatorExtension.class)
public @interface EventsSimulatorTest {

    /** The port; 0 (the default) picks a free one. */
    int port() default 0;

    /** One simulator per class (the default) or one for the whole test run. */
    SimulatorLifecycle lifecycle() default SimulatorLifecycle.PER_CLASS;

    /**
     * Before each test, a full reset of the simulator (the default); false keeps what earlier
     * tests left. With {@link #isolatePartners()} a test's partner is new and removed after it,
     * whatever this says, and nothing else is reset.
     */
    boolean reset() default true;

    /**
     * Each test gets its own partner (id from 5000001 on, own admin secret, KS and client) on the
     * shared simulator, removed after the test with its data and the fault rules aimed at it: tests
     * can run concurrently without seeing each other's data.
     */
    boolean isolatePartners() default false;

    /** How the API checks the KS ({@code --auth}). */
    AuthMode auth() default AuthMode.strict;

    /** A pager limit above the maximum: {@code reject} (400) or {@code clamp} ({@code --pager-limit}). */
    PagerPolicy.LimitMode pagerLimit() default PagerPolicy.LimitMode.reject;

    /** What {@code pager.offset} counts ({@code --pager-offset}); the injected client reads it the same way. */
    PagerPolicy.OffsetMode pagerOffset() default PagerPolicy.OffsetMode.items;

    /** The seed of the id generator and of fault rules without their own ({@code --seed}). */
    long seed() default 42;

    /**
     * A field an operation does not take ({@code --unknown-fields}): {@code reject} here, unlike the
     * simulator's own default {@code warn}, so a typo in a request fails the test that sent it.
     */
    UnknownFields.Mode unknownFields() default UnknownFields.Mode.reject;
}
