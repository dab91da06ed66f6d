package com.anchang.support.config;

import com.anchang.support.clock.ClockEndpoint;
import com.anchang.support.clock.ClockHeaderFilter;
import com.anchang.support.clock.ClockProperties;
import com.anchang.support.clock.Settling;
import com.anchang.support.clock.SimulatedClock;
import com.anchang.support.messaging.ConsumerLag;
import com.anchang.support.messaging.EventDispatcher;
import com.anchang.support.outbox.OutboxRelay;
import com.anchang.support.scheduling.PeriodicJobs;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Optional;
import org.apache.kafka.clients.admin.Admin;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.task.SimpleAsyncTaskSchedulerCustomizer;
import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * The simulated platform clock's parts in a service (ADR 11), present only under
 * {@code anchang.clock.simulated=true}: the task scheduler counts its schedules on the simulated clock,
 * every answer carries the {@code Anchang-Clock} header, and {@link ClockEndpoint} lets the gateway's
 * coordinator read, move and settle this service's clock.
 */
@AutoConfiguration(after = {ServiceAutoConfiguration.class, PeriodicJobsAutoConfiguration.class,
        StoreAndEventsAutoConfiguration.class, KafkaAutoConfiguration.class})
@ConditionalOnProperty(name = ClockProperties.SIMULATED, havingValue = "true")
public class SimulatedClockAutoConfiguration {

    /** Schedules are counted on the simulated clock, so a job due at 00:00 runs at the simulated 00:00. */
    @Bean
    SimpleAsyncTaskSchedulerCustomizer simulatedClockOfTheScheduler(Clock clock) {
        return scheduler -> scheduler.setClock(clock);
    }

    @Bean
    ThreadPoolTaskSchedulerCustomizer simulatedClockOfTheThreadPoolScheduler(Clock clock) {
        return scheduler -> scheduler.setClock(clock);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(DispatcherServlet.class)
    static class ServletParts {

        @Bean
        FilterRegistrationBean<ClockHeaderFilter> clockHeaderFilter(Clock clock) {
            FilterRegistrationBean<ClockHeaderFilter> registration = new FilterRegistrationBean<>(new ClockHeaderFilter(clock));
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }

        @Bean
        Settling settling(ObjectProvider<PeriodicJobs> jobs, ObjectProvider<ConsumerLag> lag,
                ObjectProvider<OutboxRelay> relay, MeterRegistry meters) {
            return new Settling(Optional.ofNullable(jobs.getIfAvailable()), Optional.ofNullable(lag.getIfAvailable()),
                    Optional.ofNullable(relay.getIfAvailable()), meters);
        }

        @Bean
        ClockEndpoint clockEndpoint(Clock clock, ObjectProvider<PeriodicJobs> jobs, Settling settling) {
            if (!(clock instanceof SimulatedClock simulated)) {
                throw new IllegalStateException(ClockProperties.SIMULATED + "=true, but the application's clock is "
                        + clock + ", not a SimulatedClock");
            }
            return new ClockEndpoint(simulated, Optional.ofNullable(jobs.getIfAvailable()), settling);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(KafkaAdmin.class)
    @ConditionalOnBean({KafkaAdmin.class, EventDispatcher.class})
    static class Consumers {

        @Bean(destroyMethod = "close")
        ConsumerLag consumerLag(KafkaAdmin kafka, EventDispatcher dispatcher, Environment environment) {
            String group = environment.getProperty("spring.kafka.consumer.group-id",
                    environment.getProperty("spring.application.name", "application"));
            return new ConsumerLag(() -> Admin.create(kafka.getConfigurationProperties()), group, dispatcher.topics());
        }
    }
}
