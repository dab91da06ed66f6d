package com.anchang.notification.adapter.messaging;

import com.anchang.events.Topics;
import com.anchang.events.identity.StaffContactChanged;
import com.anchang.notification.application.TextingConsultants;
import com.anchang.notification.domain.ConsultantContact;
import com.anchang.support.messaging.EventHandler;
import com.anchang.support.messaging.PoisonEventException;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * identity-service's events: NOTE-6, how each member of staff is reached by SMS, kept in this service's own
 * directory (the newest by sequence wins; a redelivered or late event changes nothing); SMS planned to a number
 * taken back are withdrawn. The mobile is logged masked (LEAD-10).
 */
@Configuration(proxyBeanMethods = false)
public class IdentityEventHandlers {

    private static final Logger log = LoggerFactory.getLogger(IdentityEventHandlers.class);

    @Bean
    EventHandler<StaffContactChanged> staffContactChanged(TextingConsultants texting) {
        return EventHandler.of(Topics.IDENTITY, StaffContactChanged.TYPE, StaffContactChanged.VERSION,
                StaffContactChanged.class, (e, envelope) -> {
                    if (e.userId() == null) {
                        throw new PoisonEventException("StaffContactChanged without its user");
                    }
                    Set<String> pmOffices = new TreeSet<>();
                    if (e.officeRoles() != null) {
                        e.officeRoles().forEach((office, roles) -> {
                            if (roles != null && roles.contains("PM")) {
                                pmOffices.add(office);
                            }
                        });
                    }
                    ConsultantContact contact = new ConsultantContact(e.userId(), e.displayName(), e.mobile(),
                            e.smsReminders(), e.employed(), e.sequence(), e.changedAt(), pmOffices);
                    int withdrawn = texting.contactChanged(contact);
                    log.info("staff {}: mobile {}, SMS reminders {}{}", e.userId(), contact.maskedMobile(),
                            contact.wantsSms() ? "on" : "off", withdrawn < 0 ? " (not newer than what is kept: ignored)"
                                    : withdrawn > 0 ? ", %d planned SMS withdrawn".formatted(withdrawn) : "");
                });
    }
}
