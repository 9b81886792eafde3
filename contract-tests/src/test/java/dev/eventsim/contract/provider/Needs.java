package dev.eventsim.contract.provider;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A provider state that the public API alone cannot set up. Against a target without the
 * capability, the interactions in that state are skipped (a JUnit assumption) with the reason.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface Needs {

    Capability value();

    /** Why, for the skip message. */
    String because();

    /** What a target may or may not offer. */
    enum Capability {
        /** The simulator's control plane ({@code /__sim}): forcing job states, rate limits. */
        CONTROL_PLANE,
        /** A USER KS, minted with the partner's admin secret. */
        USER_KS
    }
}
