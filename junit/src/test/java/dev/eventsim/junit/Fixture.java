package dev.eventsim.junit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test class that only {@link SimulatorLifecycleTest} runs, through the engine test kit: some
 * fail on purpose, so anywhere else (a {@code -Dtest} pattern that matches nested classes) they
 * are skipped.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(Fixture.OnlyInTheTestKit.class)
@interface Fixture {
    String PARAMETER = "dev.eventsim.junit.fixtures";

    /** Enabled only where the configuration parameter is set. */
    final class OnlyInTheTestKit implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return context.getConfigurationParameter(PARAMETER).isPresent()
                    ? ConditionEvaluationResult.enabled("run by the engine test kit")
                    : ConditionEvaluationResult.disabled("a fixture of SimulatorLifecycleTest");
        }
    }
}
