package dev.eventsim.contract.provider;

import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.ProviderState;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.StateChangeAction;
import dev.eventsim.contract.targets.Target;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Skips an interaction whose provider states need what the target does not offer (a control
 * plane, a USER KS), with the reason the state method gives in its {@link Needs}. Runs before
 * the states are set up, so nothing is created for an interaction that is skipped.
 */
final class StateRequirements {
    private static final List<Class<?>> HANDLERS = List.of(EventStates.class, DuplicationStates.class,
            PeopleStates.class, TeamStates.class, CallerStates.class);

    private StateRequirements() {
    }

    static void assumeMet(Interaction interaction, Target target) {
        for (ProviderState state : interaction.getProviderStates()) {
            Optional<Needs> unmet = needs(state.getName()).filter(needs -> !offers(target, needs.value()));
            if (unmet.isPresent()) {
                String reason = "'" + interaction.getDescription() + "' is skipped against " + target.describe()
                        + ": the state '" + state.getName() + "' needs " + unmet.get().value() + ", and "
                        + unmet.get().because();
                // surefire's console counts skips without their reasons
                System.out.println(reason);
                Assumptions.abort(reason);
            }
        }
    }

    private static Optional<Needs> needs(String stateName) {
        return HANDLERS.stream()
                .flatMap(handler -> Arrays.stream(handler.getDeclaredMethods()))
                .filter(method -> isSetUpOf(method, stateName))
                .map(method -> method.getAnnotation(Needs.class))
                .filter(needs -> needs != null)
                .findFirst();
    }

    private static boolean isSetUpOf(Method method, String stateName) {
        State state = method.getAnnotation(State.class);
        return state != null && Arrays.asList(state.value()).contains(stateName)
                && state.action() == StateChangeAction.SETUP;
    }

    private static boolean offers(Target target, Needs.Capability capability) {
        return switch (capability) {
            case CONTROL_PLANE -> target.controlPlane().isPresent();
            case USER_KS -> target.userKs().isPresent();
        };
    }
}
