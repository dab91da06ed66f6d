package com.anchang.lead.config;

import com.anchang.lead.adapter.messaging.LeadEvents;
import com.anchang.lead.adapter.persistence.MongoLeadAuditLog;
import com.anchang.lead.adapter.persistence.MongoLeadRepository;
import com.anchang.lead.application.Disclosures;
import com.anchang.lead.application.OfficeCalendar;
import com.anchang.lead.application.ReadingLeadAudit;
import com.anchang.lead.application.RegisteringLead;
import com.anchang.lead.application.ViewingLead;
import com.anchang.lead.domain.LeadAuditLog;
import com.anchang.lead.domain.LeadRepository;
import com.anchang.lead.domain.ProtectionPolicies;
import com.anchang.lead.domain.ProtectionPolicy;
import com.anchang.support.outbox.Outbox;
import com.anchang.support.outbox.OutboxCollection;
import com.anchang.support.outbox.OutboxRelay;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LeadConfiguration.PolicyDefaults.class)
public class LeadConfiguration {

    /**
     * Office policy defaults for leads; per-office values come later from the office's settings.
     *
     * @param protectionDays LEAD-3: days without follow-up a lead stays protected after its registration day
     * @param zone the office's time zone, which decides what a day is (LEAD-3 protection, LEAD-10 audit days)
     */
    @ConfigurationProperties("lead.policy")
    public record PolicyDefaults(int protectionDays, ZoneId zone) {
    }

    @Bean
    OutboxCollection leadsOutbox() {
        return new OutboxCollection("leads");
    }

    @Bean
    ProtectionPolicies protectionPolicies(PolicyDefaults defaults) {
        ProtectionPolicy policy = new ProtectionPolicy(defaults.protectionDays(), defaults.zone());
        return officeId -> policy;
    }

    @Bean
    LeadEvents leadEvents(Outbox outbox) {
        return new LeadEvents(outbox);
    }

    @Bean
    LeadRepository leadRepository(MongoTemplate mongo, LeadEvents events, OutboxRelay relay) {
        return new MongoLeadRepository(mongo, events, relay);
    }

    @Bean
    LeadAuditLog leadAuditLog(MongoTemplate mongo) {
        return new MongoLeadAuditLog(mongo);
    }

    @Bean
    OfficeCalendar officeCalendar(ProtectionPolicies policies, Clock clock) {
        return new OfficeCalendar(policies, clock);
    }

    @Bean
    Disclosures disclosures(LeadAuditLog audit, OfficeCalendar calendar) {
        return new Disclosures(audit, calendar);
    }

    @Bean
    RegisteringLead registeringLead(LeadRepository leads, ProtectionPolicies policies, Disclosures disclosures,
            Clock clock) {
        return new RegisteringLead(leads, policies, disclosures, clock);
    }

    @Bean
    ViewingLead viewingLead(LeadRepository leads, Disclosures disclosures) {
        return new ViewingLead(leads, disclosures);
    }

    @Bean
    ReadingLeadAudit readingLeadAudit(LeadAuditLog audit, OfficeCalendar calendar) {
        return new ReadingLeadAudit(audit, calendar);
    }
}
