package dev.eventsim.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Injects the simulator's URL into a {@code String} parameter: {@code http://127.0.0.1:<port>},
 * the root of the core API and the control plane, or with {@code api = true} the Events API's
 * base URL, {@code http://127.0.0.1:<port>/api/v1}.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface SimulatorUrl {

    /** The Events API's base URL ({@code .../api/v1}) instead of the root. */
    boolean api() default false;
}
