package dev.eventsim.contract.targets;

import dev.eventsim.contract.fixtures.Fixtures;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands tests the {@link Target} chosen by {@code -Dtarget} (one per JVM, closed when the test
 * run ends) and fresh {@link Fixtures}, whose clean-up runs after each test. Each test is
 * skipped (reported with the reason), never failed, when the target needs credentials the
 * environment does not hold.
 */
public final class TargetExtension implements ExecutionCondition, ParameterResolver, AfterEachCallback {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(TargetExtension.class);

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (context.getTestMethod().isEmpty()) {
            return ConditionEvaluationResult.enabled("decided test by test, so each skip is reported");
        }
        Targets.Choice choice = choose();
        return choice instanceof Targets.Unavailable unavailable
                ? ConditionEvaluationResult.disabled(unavailable.reason())
                : ConditionEvaluationResult.enabled("target available");
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Target.class || type == Fixtures.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (parameter.getParameter().getType() == Target.class) {
            return target(context);
        }
        return fixtures(context);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Fixtures fixtures = context.getStore(NAMESPACE).remove(Fixtures.class, Fixtures.class);
        if (fixtures != null) {
            fixtures.cleanUp();
        }
    }

    /** The fixtures of the current test: made on first use, cleaned up after the test. */
    private static Fixtures fixtures(ExtensionContext context) {
        Target target = target(context);
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(Fixtures.class, k -> new Fixtures(target),
                Fixtures.class);
    }

    private static Target target(ExtensionContext context) {
        Targets.Choice choice = choose();
        if (choice instanceof Targets.Unavailable unavailable) {
            Assumptions.abort(unavailable.reason());
        }
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(OpenTarget.class, k -> new OpenTarget(Targets.open(choice)), OpenTarget.class)
                .target();
    }

    private static Targets.Choice choose() {
        return Targets.choose(System.getProperty(Targets.PROPERTY), System.getenv());
    }

    /** The target of the whole run; closing it sweeps up what the run may have left, then lets go. */
    private record OpenTarget(Target target) implements AutoCloseable {
        @Override
        public void close() {
            try {
                Fixtures.finalSweep(target);
            } finally {
                target.close();
            }
        }
    }
}
