package dev.eventsim.contract.targets;

import dev.eventsim.contract.fixtures.Fixtures;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands tests the {@link Target} chosen by {@code -Dtarget} (one per JVM, closed when the test
 * run ends) and fresh {@link Fixtures}, whose clean-up runs after each test. The target is opened
 * and checked once, before the first test class that needs it ({@link Preflight}): a target that
 * does not answer or refuses the KS fails every such class at once with the URL and the cause.
 * Each test is skipped (reported with the reason, on the console too), never failed, when the
 * target needs credentials the environment does not hold.
 */
public final class TargetExtension implements ExecutionCondition, BeforeAllCallback, ParameterResolver,
        AfterEachCallback {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(TargetExtension.class);
    private static final AtomicBoolean SKIP_TOLD = new AtomicBoolean();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (context.getTestMethod().isEmpty()) {
            return ConditionEvaluationResult.enabled("decided test by test, so each skip is reported");
        }
        Targets.Choice choice = choose();
        if (choice instanceof Targets.Unavailable unavailable) {
            if (SKIP_TOLD.compareAndSet(false, true)) {
                // surefire's console counts skips without their reasons
                System.out.println("Suites against the target are skipped: " + unavailable.reason());
            }
            return ConditionEvaluationResult.disabled(unavailable.reason());
        }
        return ConditionEvaluationResult.enabled("target available");
    }

    /** Opens and checks the target before the class's first test: one failure per class, in seconds. */
    @Override
    public void beforeAll(ExtensionContext context) {
        if (!(choose() instanceof Targets.Unavailable)) {
            target(context);
        }
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
                .getOrComputeIfAbsent(OpenTarget.class, k -> OpenTarget.open(choice), OpenTarget.class)
                .target();
    }

    private static Targets.Choice choose() {
        return Targets.choose(System.getProperty(Targets.PROPERTY), System.getProperty(Targets.CORE_API_PROPERTY),
                System.getenv());
    }

    /**
     * The target of the whole run, or why it cannot be used (kept, so the check runs once);
     * closing it sweeps up what the run may have left, then lets go.
     */
    private record OpenTarget(Target target, TargetUnusable unusable) implements AutoCloseable {

        static OpenTarget open(Targets.Choice choice) {
            Target target = Targets.open(choice);
            System.out.println("Suites against " + target.describe());
            try {
                Preflight.check(target);
                return new OpenTarget(target, null);
            } catch (TargetUnusable e) {
                target.close();
                return new OpenTarget(null, e);
            }
        }

        @Override
        public Target target() {
            if (unusable != null) {
                throw new TargetUnusable(unusable.getMessage());
            }
            return target;
        }

        @Override
        public void close() {
            if (target == null) {
                return;
            }
            try {
                Fixtures.finalSweep(target);
            } finally {
                target.close();
            }
        }
    }
}
