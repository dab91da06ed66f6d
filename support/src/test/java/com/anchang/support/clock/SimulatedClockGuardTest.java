package com.anchang.support.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.anchang.support.config.ServiceAutoConfiguration;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.mock.env.MockEnvironment;

class SimulatedClockGuardTest {

    final SimulatedClockGuard guard = new SimulatedClockGuard();

    @Test
    @DisplayName("a start instant without anchang.clock.simulated=true stops the start, naming the setting: never a simulated clock by accident")
    void startWithoutTheSwitchIsRefused() {
        MockEnvironment environment = new MockEnvironment().withProperty("anchang.clock.start", "2026-03-02T09:00+08:00");

        assertThatThrownBy(() -> guard.postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("anchang.clock.start")
                .hasMessageContaining("anchang.clock.simulated=true");
        assertThatThrownBy(() -> guard.postProcessEnvironment(new MockEnvironment()
                .withProperty("anchang.clock.state-file", "var/clock.properties")
                .withProperty("anchang.clock.simulated", "false"), new SpringApplication()))
                .hasMessageContaining("anchang.clock.state-file");
    }

    @Test
    @DisplayName("with the explicit switch, or with no clock setting at all, the service starts")
    void switchOrNothing() {
        assertThatCode(() -> guard.postProcessEnvironment(new MockEnvironment()
                .withProperty("anchang.clock.simulated", "true")
                .withProperty("anchang.clock.start", "2026-03-02T09:00+08:00"), new SpringApplication()))
                .doesNotThrowAnyException();
        assertThatCode(() -> guard.postProcessEnvironment(new MockEnvironment(), new SpringApplication()))
                .doesNotThrowAnyException();
    }

    @Test
    @DisplayName("a real start (SpringApplication) with a start instant and without the switch fails before any bean is made")
    void aRealStartFails() {
        SpringApplication application = new SpringApplication(Empty.class);
        application.setWebApplicationType(WebApplicationType.NONE);

        assertThatThrownBy(() -> application.run("--anchang.clock.start=2026-03-02T09:00+08:00"))
                .hasMessageContaining("anchang.clock.simulated=true");
    }

    @Test
    @DisplayName("the application's clock: the machine's by default; simulated from its start, or from the platform's state file in preference")
    void theClockBean(@TempDir Path var) {
        ApplicationContextRunner service = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ServiceAutoConfiguration.class));
        Path state = var.resolve("clock.properties");
        new ClockState(Instant.parse("2026-03-09T15:59:00Z"), Instant.now()).write(state);

        service.run(context -> {
            Clock clock = context.getBean(Clock.class);
            assertThat(clock).isNotInstanceOf(SimulatedClock.class);
            assertThat(context.getBean(SecurityClock.class).clock()).isSameAs(clock);
        });
        service.withPropertyValues("anchang.clock.simulated=true", "anchang.clock.start=2026-03-02T09:00+08:00")
                .run(context -> {
                    assertThat(context.getBean(Clock.class).instant())
                            .isBetween(Instant.parse("2026-03-02T01:00:00Z"), Instant.parse("2026-03-02T01:01:00Z"));
                    assertThat(context.getBean(SecurityClock.class).clock()).isNotInstanceOf(SimulatedClock.class);
                });
        service.withPropertyValues("anchang.clock.simulated=true", "anchang.clock.start=2026-03-02T09:00+08:00",
                "anchang.clock.state-file=" + state)
                .run(context -> assertThat(context.getBean(Clock.class).instant())
                        .isBetween(Instant.parse("2026-03-09T15:59:00Z"), Instant.parse("2026-03-09T16:00:00Z")));
    }

    @Configuration(proxyBeanMethods = false)
    static class Empty {
    }
}
