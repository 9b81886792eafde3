package dev.eventsim.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Injects an ADMIN KS into a {@code String} parameter: of the test's own partner with
 * {@code isolatePartners}, else of the default partner; user {@code admin}, valid for twenty
 * years on the simulator's clock, so a test may move the clock far ahead and keep it.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Ks {
}
