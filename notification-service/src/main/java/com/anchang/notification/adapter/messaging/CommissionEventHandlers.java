package com.anchang.notification.adapter.messaging;

import com.anchang.events.Topics;
import com.anchang.events.commission.ClaimDecided;
import com.anchang.events.commission.ClaimRaised;
import com.anchang.notification.application.RemindingConsultants;
import com.anchang.notification.application.TextingConsultants;
import com.anchang.notification.domain.ConsultantReminder;
import com.anchang.notification.domain.ReminderText;
import com.anchang.support.messaging.EventHandler;
import com.anchang.support.messaging.PoisonEventException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * commission-service's claims on a deal's credit (COMM-3) waiting for the office's PM (NOTE-6), translated
 * into notification commands here (the PM inbox, and by SMS to each PM of the office who chose it). Consumer-first:
 * built against the v1 contracts and their golden samples.
 */
@Configuration(proxyBeanMethods = false)
public class CommissionEventHandlers {

    private static final Logger log = LoggerFactory.getLogger(CommissionEventHandlers.class);

    @Bean
    EventHandler<ClaimRaised> claimRaised(RemindingConsultants reminding, TextingConsultants texting) {
        return EventHandler.of(Topics.COMMISSION, ClaimRaised.TYPE, ClaimRaised.VERSION, ClaimRaised.class,
                (e, envelope) -> {
                    if (e.claimId() == null || e.officeId() == null || e.raisedAt() == null) {
                        throw new PoisonEventException("ClaimRaised without its id, office or time");
                    }
                    ConsultantReminder waiting = ConsultantReminder.claimWaiting(e.claimId(), e.developerId(),
                            e.officeId(), e.dealId(), e.claimantConsultantId(), e.raisedAt());
                    boolean added = reminding.remind(waiting);
                    TextingConsultants.Outcome sms = texting.text(waiting,
                            ReminderText.claimWaiting(e.claimantConsultantId(), e.dealId()));
                    log.info("claim {}: {} for the PM of {}, SMS {}", e.claimId(), added ? "waiting" : "already waiting",
                            e.officeId(), sms);
                });
    }

    @Bean
    EventHandler<ClaimDecided> claimDecided(RemindingConsultants reminding, TextingConsultants texting) {
        return EventHandler.of(Topics.COMMISSION, ClaimDecided.TYPE, ClaimDecided.VERSION, ClaimDecided.class,
                (e, envelope) -> {
                    if (e.claimId() == null || e.officeId() == null || e.decidedAt() == null) {
                        throw new PoisonEventException("ClaimDecided without its id, office or time");
                    }
                    String outcome = ("ACCEPTED".equals(e.decision()) ? "已接受" : "已驳回")
                            + (e.reason() == null || e.reason().isBlank() ? "" : ":" + e.reason());
                    reminding.decided(e.officeId(), e.claimId(), e.decidedAt(), outcome);
                    texting.decided(e.officeId(), e.claimId());
                });
    }
}
