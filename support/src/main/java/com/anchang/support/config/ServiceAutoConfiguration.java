package com.anchang.support.config;

import com.anchang.support.clock.ClockProperties;
import com.anchang.support.clock.ClockState;
import com.anchang.support.clock.SecurityClock;
import com.anchang.support.clock.SimulatedClock;
import com.anchang.support.web.AcceptableAnswers;
import com.anchang.support.web.ProblemDetailsAdvice;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * What every Anchang service gets: a clock to inject (the machine's, or the simulated platform clock when
 * started with {@code anchang.clock.simulated=true}, ADR 11), the clock security reads, typed settings,
 * problem details for errors.
 */
@AutoConfiguration
@EnableConfigurationProperties({AnchangProperties.class, ClockProperties.class})
public class ServiceAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ServiceAutoConfiguration.class);

    @Bean
    @ConditionalOnMissingBean
    Clock clock(ClockProperties settings) {
        Clock machine = Clock.systemUTC();
        if (!settings.simulated()) {
            return machine;
        }
        SimulatedClock simulated = ClockState.read(settings.stateFile())
                .map(state -> state.clockAt(machine.instant()))
                .orElseGet(() -> startOf(settings, machine.instant()));
        log.warn("SIMULATED CLOCK: business time is simulated and reads {} now; the platform administrator moves it"
                + " (ADR 11). Never in a real deployment.", simulated.instant());
        return simulated;
    }

    private static SimulatedClock startOf(ClockProperties settings, Instant machineNow) {
        if (settings.start() == null || settings.start().isBlank()) {
            return SimulatedClock.startingAt(machineNow);
        }
        Instant start = ClockProperties.parseInstant(settings.start(), ClockProperties.PREFIX + ".start");
        if (settings.realStart() == null || settings.realStart().isBlank()) {
            return SimulatedClock.startingAt(start);
        }
        return SimulatedClock.continuing(start,
                ClockProperties.parseInstant(settings.realStart(), ClockProperties.PREFIX + ".real-start"), machineNow);
    }

    @Bean
    @ConditionalOnMissingBean
    SecurityClock securityClock(Clock clock) {
        return SecurityClock.beside(clock, Clock.systemUTC());
    }

    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(ResponseEntityExceptionHandler.class)
    @Import({ProblemDetailsAdvice.class, AcceptableAnswers.class})
    static class ServletProblemDetails {
    }
}
