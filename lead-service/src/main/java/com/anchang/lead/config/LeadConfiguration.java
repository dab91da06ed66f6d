package com.anchang.lead.config;

import com.anchang.lead.adapter.http.IdentityClient;
import com.anchang.lead.adapter.http.IdentityProperties;
import com.anchang.lead.adapter.http.IdentityStaffDirectory;
import com.anchang.lead.adapter.messaging.LeadEvents;
import com.anchang.lead.adapter.persistence.MongoCollisionRepository;
import com.anchang.lead.adapter.persistence.MongoLapseCalendar;
import com.anchang.lead.adapter.persistence.MongoLeadAliases;
import com.anchang.lead.adapter.persistence.MongoLeadAuditLog;
import com.anchang.lead.adapter.persistence.MongoLeadRepository;
import com.anchang.lead.adapter.persistence.MongoViolations;
import com.anchang.lead.application.Disclosures;
import com.anchang.lead.application.HandlingCollisions;
import com.anchang.lead.application.LinkingLead;
import com.anchang.lead.application.ListingOwnedLeads;
import com.anchang.lead.application.LoggingFollowUp;
import com.anchang.lead.application.ManagingLead;
import com.anchang.lead.application.OfficeCalendar;
import com.anchang.lead.application.ReadingLeadAudit;
import com.anchang.lead.application.RecordingViolations;
import com.anchang.lead.application.ClaimingReception;
import com.anchang.lead.application.RegisteringLead;
import com.anchang.lead.domain.rotation.ReceptionDays;
import com.anchang.lead.application.ReleasingLapsedLeads;
import com.anchang.lead.application.StaffDirectory;
import com.anchang.lead.application.ViewingLead;
import com.anchang.lead.domain.CollisionRepository;
import com.anchang.lead.domain.FollowUpMinimums;
import com.anchang.lead.domain.LapseCalendar;
import com.anchang.lead.domain.LeadAliases;
import com.anchang.lead.domain.LeadAuditLog;
import com.anchang.lead.domain.LeadRepository;
import com.anchang.lead.domain.ProtectionPolicies;
import com.anchang.lead.domain.ProtectionPolicy;
import com.anchang.lead.domain.ViolationRepository;
import com.anchang.support.http.DownstreamBreaker;
import com.anchang.support.outbox.Outbox;
import com.anchang.support.outbox.OutboxCollection;
import com.anchang.support.outbox.OutboxRelay;
import com.anchang.support.scheduling.PeriodicJob;
import com.anchang.support.tenancy.OfficeDirectory;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JCircuitBreakerFactory;
import org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({LeadConfiguration.PolicyDefaults.class, LeadConfiguration.LapseSettings.class,
        IdentityProperties.class})
@EnableFeignClients(clients = IdentityClient.class)
public class LeadConfiguration {

    /**
     * Office policy for leads: defaults for every office, and per office ({@code offices.<officeId>.*})
     * whatever differs there.
     *
     * @param protection LEAD-3: INACTIVITY (seed 000, the default) or WINDOW (seed 002)
     * @param protectionDays LEAD-3 INACTIVITY: days without follow-up a lead stays protected after its registration day
     * @param phoneDays LEAD-3 WINDOW: days a phone lead is protected after its registration day
     * @param visitDays LEAD-3 WINDOW: days any other (visit) lead is protected after its registration day
     * @param extensionDays LEAD-3 WINDOW: days each counted follow-up adds (at most once per office day)
     * @param unansweredCallCounts LEAD-3: whether an unanswered call counts as a follow-up
     * @param zone the office's time zone, which decides what a day is (LEAD-3 protection, LEAD-10 audit days)
     * @param minFollowUpsPhone LEAD-12: the follow-ups an owner logs on a phone lead
     * @param minFollowUpsVisit LEAD-12: the follow-ups an owner logs on a visit lead
     * @param followUpDueDays LEAD-11/LEAD-12: office days before a lead's release day its owner is told a follow-up
     *     is due ({@code lead.follow-up-due}); 0 never; unset 3
     * @param offices per-office values; each unset value falls back to the default above
     */
    @ConfigurationProperties("lead.policy")
    public record PolicyDefaults(ProtectionPolicy.Kind protection, int protectionDays, int phoneDays, int visitDays,
            int extensionDays, boolean unansweredCallCounts, ZoneId zone, int minFollowUpsPhone, int minFollowUpsVisit,
            Integer followUpDueDays, Map<String, OfficePolicy> offices) {

        public PolicyDefaults {
            protection = protection == null ? ProtectionPolicy.Kind.INACTIVITY : protection;
            followUpDueDays = followUpDueDays == null ? 3 : followUpDueDays;
            offices = offices == null ? Map.of() : Map.copyOf(offices);
        }

        /** LEAD-11/LEAD-12: one office's days before the release day its owners are told a follow-up is due. */
        public int followUpDueDaysFor(String officeId) {
            return or(offices.getOrDefault(officeId, OfficePolicy.NONE).followUpDueDays(), followUpDueDays);
        }

        /** One office's policy: its own values where set, the defaults elsewhere. */
        public ProtectionPolicy forOffice(String officeId) {
            OfficePolicy own = offices.getOrDefault(officeId, OfficePolicy.NONE);
            return new ProtectionPolicy(or(own.protection(), protection), or(own.protectionDays(), protectionDays),
                    or(own.phoneDays(), phoneDays), or(own.visitDays(), visitDays),
                    or(own.extensionDays(), extensionDays), or(own.unansweredCallCounts(), unansweredCallCounts),
                    or(own.zone(), zone));
        }

        /** LEAD-12: one office's minimum follow-ups. */
        public FollowUpMinimums minimumsForOffice(String officeId) {
            OfficePolicy own = offices.getOrDefault(officeId, OfficePolicy.NONE);
            return new FollowUpMinimums(or(own.minFollowUpsPhone(), minFollowUpsPhone),
                    or(own.minFollowUpsVisit(), minFollowUpsVisit));
        }

        private static <T> T or(T own, T fallback) {
            return own != null ? own : fallback;
        }
    }

    /** One office's own lead policy values (null: the default). */
    public record OfficePolicy(ProtectionPolicy.Kind protection, Integer protectionDays, Integer phoneDays,
            Integer visitDays, Integer extensionDays, Boolean unansweredCallCounts, ZoneId zone,
            Integer minFollowUpsPhone, Integer minFollowUpsVisit, Integer followUpDueDays) {

        static final OfficePolicy NONE = new OfficePolicy(null, null, null, null, null, null, null, null, null, null);
    }

    /**
     * The lapse job (LEAD-3/LEAD-11).
     *
     * @param interval how often it runs (it reads by key only: offices × (lookback + 2) small documents)
     * @param lookbackDays how many past office days it looks at for leads still to release
     */
    @ConfigurationProperties("lead.lapse")
    public record LapseSettings(Duration interval, int lookbackDays) {
    }

    @Bean
    OutboxCollection leadsOutbox() {
        return new OutboxCollection("leads");
    }

    @Bean
    OutboxCollection collisionsOutbox() {
        return new OutboxCollection("lead_collisions");
    }

    @Bean
    ProtectionPolicies protectionPolicies(PolicyDefaults defaults) {
        // each office's policy is built (and checked) once, at the first use
        Map<String, ProtectionPolicy> built = new java.util.concurrent.ConcurrentHashMap<>();
        defaults.offices().keySet().forEach(defaults::forOffice);
        return officeId -> built.computeIfAbsent(officeId, defaults::forOffice);
    }

    @Bean
    FollowUpMinimums.Policies followUpMinimums(PolicyDefaults defaults) {
        return defaults::minimumsForOffice;
    }

    @Bean
    ManagingLead managingLead(LeadRepository leads, LapseCalendar calendar, ProtectionPolicies policies,
            FollowUpMinimums.Policies minimums, LeadAuditLog audit, StaffDirectory staff, Clock clock,
            OfficeDirectory offices) {
        return new ManagingLead(leads, calendar, policies, minimums, audit, staff, clock, offices);
    }

    /**
     * One circuit breaker with a time limiter for the identity-service downstream (LEAD-8 asks it who the
     * new owner is), set by {@code resilience4j.*.instances.identity-service} (application.yml): calls run
     * on virtual threads, a call slower than the timeout is a failure, and a failure rate over the
     * threshold opens the circuit for a while (503 at once, identity is left alone).
     */
    @Bean
    Customizer<Resilience4JCircuitBreakerFactory> breakersOnVirtualThreads() {
        return DownstreamBreaker.onVirtualThreads();
    }

    @Bean
    StaffDirectory staffDirectory(IdentityClient client, CircuitBreakerFactory<?, ?> breakers) {
        return new IdentityStaffDirectory(client, breakers.create(IdentityStaffDirectory.BREAKER));
    }

    @Bean
    LeadEvents leadEvents(Outbox outbox) {
        return new LeadEvents(outbox);
    }

    @Bean
    MongoLeadRepository leadRepository(MongoTemplate mongo, LeadEvents events, OutboxRelay relay) {
        return new MongoLeadRepository(mongo, events, relay);
    }

    /** Once per store, at start: the leads written before owners' lists existed go on their owners' lists. */
    @Bean
    ApplicationRunner listStoredLeadsUnderOwners(MongoLeadRepository leads) {
        return args -> {
            int listed = leads.listStoredLeadsUnderOwners();
            if (listed > 0) {
                LoggerFactory.getLogger(LeadConfiguration.class).info("listed {} stored leads under their owners", listed);
            }
        };
    }

    @Bean
    CollisionRepository collisionRepository(MongoTemplate mongo, LeadEvents events, OutboxRelay relay) {
        return new MongoCollisionRepository(mongo, events, relay);
    }

    @Bean
    HandlingCollisions handlingCollisions(CollisionRepository collisions, LeadRepository leads, LapseCalendar calendar,
            ProtectionPolicies policies, LeadAuditLog audit, ViolationRepository violations, Clock clock,
            OfficeDirectory offices) {
        return new HandlingCollisions(collisions, leads, calendar, policies, audit, violations, clock, offices);
    }

    @Bean
    OutboxCollection violationsOutbox() {
        return new OutboxCollection("lead_violations");
    }

    @Bean
    ViolationRepository violationRepository(MongoTemplate mongo, LeadEvents events, OutboxRelay relay) {
        return new MongoViolations(mongo, events, relay);
    }

    @Bean
    RecordingViolations recordingViolations(ViolationRepository violations, LeadRepository leads,
            OfficeCalendar calendar, OfficeDirectory offices) {
        return new RecordingViolations(violations, leads, calendar, offices);
    }

    @Bean
    LapseCalendar lapseCalendar(MongoTemplate mongo) {
        return new MongoLapseCalendar(mongo);
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
    ClaimingReception claimingReception(ReceptionDays days) {
        return new ClaimingReception(days);
    }

    @Bean
    RegisteringLead registeringLead(LeadRepository leads, LeadAliases aliases, CollisionRepository collisions,
            LapseCalendar calendar, ProtectionPolicies policies, Disclosures disclosures, ClaimingReception receptions,
            Clock clock) {
        return new RegisteringLead(leads, aliases, collisions, calendar, policies, disclosures, receptions, clock);
    }

    @Bean
    LeadAliases leadAliases(MongoTemplate mongo) {
        return new MongoLeadAliases(mongo);
    }

    @Bean
    LinkingLead linkingLead(LeadRepository leads, LeadAliases aliases, ProtectionPolicies policies,
            Disclosures disclosures, Clock clock) {
        return new LinkingLead(leads, aliases, policies, disclosures, clock);
    }

    @Bean
    ViewingLead viewingLead(LeadRepository leads, Disclosures disclosures) {
        return new ViewingLead(leads, disclosures);
    }

    @Bean
    ListingOwnedLeads listingOwnedLeads(LeadRepository leads, OfficeCalendar calendar, OfficeDirectory offices) {
        return new ListingOwnedLeads(leads, calendar, offices);
    }

    @Bean
    ReadingLeadAudit readingLeadAudit(LeadAuditLog audit, OfficeCalendar calendar, OfficeDirectory offices) {
        return new ReadingLeadAudit(audit, calendar, offices);
    }

    @Bean
    LoggingFollowUp loggingFollowUp(LeadRepository leads, LapseCalendar calendar, ProtectionPolicies policies,
            Clock clock) {
        return new LoggingFollowUp(leads, calendar, policies, clock);
    }

    @Bean
    ReleasingLapsedLeads releasingLapsedLeads(LeadRepository leads, LapseCalendar calendar,
            ProtectionPolicies policies, FollowUpMinimums.Policies minimums, PolicyDefaults defaults,
            LapseSettings settings) {
        return new ReleasingLapsedLeads(leads, calendar, policies, settings.lookbackDays(), minimums,
                defaults::followUpDueDaysFor);
    }

    /**
     * The lapse job (LEAD-3 release, LEAD-11 reminder) every {@code lead.lapse.interval}, one instance per due
     * run; on the simulated clock its next work is the next office day (ADR 11).
     */
    @Bean
    PeriodicJob lapseJob(ReleasingLapsedLeads job, LapseSettings settings) {
        return PeriodicJob.every("lead-lapse", settings.interval(), now -> {
            ReleasingLapsedLeads.Run run = job.run(now);
            return run.released() + run.reminded() == 0 ? ""
                    : "released %d leads and reminded %d owners".formatted(run.released(), run.reminded());
        }).withNextWork(job::nextOfficeDayAfter);
    }
}
