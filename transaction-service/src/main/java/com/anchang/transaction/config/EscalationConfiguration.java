package com.anchang.transaction.config;

import com.anchang.support.scheduling.PeriodicJob;
import com.anchang.transaction.adapter.scheduling.DealJobs;
import com.anchang.transaction.application.EscalationList;
import com.anchang.transaction.application.NotingBuyerNotReached;
import com.anchang.transaction.application.SweepingEscalations;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * DEAL-7, the PM's escalation list: the sweep that raises missed deadlines, the entries notification-service
 * reports (a buyer not reached), and the list with its resolution (use cases imported, each made of what its
 * one constructor asks for).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EscalationConfiguration.EscalationSettings.class)
@Import({SweepingEscalations.class, NotingBuyerNotReached.class, EscalationList.class})
public class EscalationConfiguration {

    /** @param sweepInterval how often the sweep looks for missed deadlines (every 5 minutes by default) */
    @ConfigurationProperties("transaction.escalations")
    public record EscalationSettings(Duration sweepInterval) {

        public EscalationSettings {
            sweepInterval = sweepInterval == null ? Duration.ofMinutes(5) : sweepInterval;
        }
    }

    @Bean
    PeriodicJob escalationSweepJob(SweepingEscalations sweeping, EscalationSettings settings) {
        return DealJobs.escalationSweep(sweeping, settings.sweepInterval());
    }
}
