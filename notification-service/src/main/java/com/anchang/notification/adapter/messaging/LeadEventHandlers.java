package com.anchang.notification.adapter.messaging;

import com.anchang.events.Topics;
import com.anchang.events.lead.LeadCollisionOpened;
import com.anchang.events.lead.LeadCollisionResolved;
import com.anchang.events.lead.LeadFollowUpDue;
import com.anchang.events.lead.LeadProtectionLapsing;
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
 * lead-service's events that remind consultants (NOTE-6), translated into notification commands here: the
 * reminder in the inbox, and by SMS as well where the consultant chose it (inbox first; each once per event).
 */
@Configuration(proxyBeanMethods = false)
public class LeadEventHandlers {

    private static final Logger log = LoggerFactory.getLogger(LeadEventHandlers.class);

    @Bean
    EventHandler<LeadProtectionLapsing> protectionLapsing(RemindingConsultants reminding, TextingConsultants texting) {
        return EventHandler.of(Topics.LEAD, LeadProtectionLapsing.TYPE, LeadProtectionLapsing.VERSION,
                LeadProtectionLapsing.class, (e, envelope) -> {
                    if (e.ownerConsultantId() == null || e.leadId() == null || e.remindedAt() == null) {
                        throw new PoisonEventException("LeadProtectionLapsing without its owner, lead or time");
                    }
                    ConsultantReminder reminder = ConsultantReminder.protectionLapsing(envelope.eventId(),
                            e.ownerConsultantId(), e.developerId(), e.officeId(), e.leadId(), e.protectedUntil(),
                            e.releasedOn(), e.remindedAt());
                    boolean added = reminding.remind(reminder);
                    TextingConsultants.Outcome sms = texting.text(reminder,
                            ReminderText.protectionLapsing(e.leadId(), e.protectedUntil(), e.releasedOn()));
                    log.info("lead {}: protection lapsing, {} in {}'s inbox, SMS {}", e.leadId(),
                            added ? "reminder" : "already", e.ownerConsultantId(), sms);
                });
    }

    /** LEAD-11/LEAD-12, NOTE-6: a follow-up is due; a reminder in the owner's inbox, once per event. */
    @Bean
    EventHandler<LeadFollowUpDue> followUpDue(RemindingConsultants reminding, TextingConsultants texting) {
        return EventHandler.of(Topics.LEAD, LeadFollowUpDue.TYPE, LeadFollowUpDue.VERSION, LeadFollowUpDue.class,
                (e, envelope) -> {
                    if (e.ownerConsultantId() == null || e.leadId() == null || e.remindedAt() == null) {
                        throw new PoisonEventException("LeadFollowUpDue without its owner, lead or time");
                    }
                    ConsultantReminder reminder = ConsultantReminder.followUpDue(envelope.eventId(),
                            e.ownerConsultantId(), e.developerId(), e.officeId(), e.leadId(), e.followUpsLogged(),
                            e.minimumFollowUps(), e.protectedUntil(), e.releasedOn(), e.remindedAt());
                    boolean added = reminding.remind(reminder);
                    TextingConsultants.Outcome sms = texting.text(reminder, ReminderText.followUpDue(e.leadId(),
                            e.followUpsLogged(), e.minimumFollowUps(), e.protectedUntil(), e.releasedOn()));
                    log.info("lead {}: follow-up due, {} in {}'s inbox, SMS {}", e.leadId(),
                            added ? "reminder" : "already", e.ownerConsultantId(), sms);
                });
    }

    /**
     * LEAD-5, NOTE-6: a collision waits for the office's PM, once per collision however often it is told; by SMS
     * too to each PM of the office who chose it.
     */
    @Bean
    EventHandler<LeadCollisionOpened> collisionOpened(RemindingConsultants reminding, TextingConsultants texting) {
        return EventHandler.of(Topics.LEAD, LeadCollisionOpened.TYPE, LeadCollisionOpened.VERSION,
                LeadCollisionOpened.class, (e, envelope) -> {
                    if (e.collisionId() == null || e.officeId() == null || e.foundAt() == null) {
                        throw new PoisonEventException("LeadCollisionOpened without its id, office or time");
                    }
                    ConsultantReminder waiting = ConsultantReminder.collisionWaiting(e.collisionId(), e.developerId(),
                            e.officeId(), e.leadId(), e.ownerConsultantId(), e.challengerConsultantId(),
                            e.decidedFollowerConsultantId(), e.foundAt());
                    boolean added = reminding.remind(waiting);
                    TextingConsultants.Outcome sms = texting.text(waiting, ReminderText.collisionWaiting(e.leadId(),
                            e.ownerConsultantId(), e.challengerConsultantId(), e.decidedFollowerConsultantId()));
                    log.info("collision {}: {} for the PM of {}, SMS {}", e.collisionId(),
                            added ? "waiting" : "already waiting", e.officeId(), sms);
                });
    }

    /** LEAD-5, NOTE-6: the PM resolved the collision; its entry in the PM inbox is marked done, its SMS not sent withdrawn. */
    @Bean
    EventHandler<LeadCollisionResolved> collisionResolved(RemindingConsultants reminding, TextingConsultants texting) {
        return EventHandler.of(Topics.LEAD, LeadCollisionResolved.TYPE, LeadCollisionResolved.VERSION,
                LeadCollisionResolved.class, (e, envelope) -> {
                    if (e.collisionId() == null || e.officeId() == null || e.resolvedAt() == null) {
                        throw new PoisonEventException("LeadCollisionResolved without its id, office or time");
                    }
                    String outcome = e.overridden()
                            ? "改判:由 %s 跟进(%s)".formatted(e.followerConsultantId(), e.reason())
                            : "确认:由 %s 跟进".formatted(e.followerConsultantId());
                    reminding.decided(e.officeId(), e.collisionId(), e.resolvedAt(), outcome);
                    texting.decided(e.officeId(), e.collisionId());
                });
    }
}
