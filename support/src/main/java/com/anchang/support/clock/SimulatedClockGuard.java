package com.anchang.support.clock;

import java.util.List;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * A service refuses to start on a simulated clock unless {@code anchang.clock.simulated=true} is set
 * explicitly (ADR 11): a start instant or a state file alone, say copied into a real deployment's
 * environment, stops the start with a message naming the setting, instead of quietly moving business
 * time.
 */
public class SimulatedClockGuard implements EnvironmentPostProcessor, Ordered {

    static final List<String> SETTINGS = List.of("start", "real-start", "state-file");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getProperty(ClockProperties.SIMULATED, Boolean.class, false)) {
            return;
        }
        for (String setting : SETTINGS) {
            String name = ClockProperties.PREFIX + "." + setting;
            String value = environment.getProperty(name);
            if (value != null && !value.isBlank()) {
                throw new IllegalStateException(name + " is set (" + value + ") but " + ClockProperties.SIMULATED
                        + " is not true: a simulated clock is only for training offices, demonstrations and tests, "
                        + "never a real deployment (ADR 11); set " + ClockProperties.SIMULATED
                        + "=true explicitly to start on one, or remove " + name);
            }
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
