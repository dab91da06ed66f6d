package com.anchang.dashboard.config;

import com.anchang.dashboard.adapter.persistence.MongoAdditions;
import com.anchang.dashboard.adapter.persistence.MongoCatalogue;
import com.anchang.dashboard.adapter.persistence.MongoDealLedger;
import com.anchang.dashboard.adapter.persistence.MongoLeadLedger;
import com.anchang.dashboard.adapter.persistence.MongoLeadList;
import com.anchang.dashboard.adapter.messaging.ConsumerGroupReset;
import com.anchang.dashboard.adapter.persistence.MongoOfficeFigures;
import com.anchang.dashboard.adapter.persistence.ReadModelShape;
import com.anchang.dashboard.adapter.persistence.MongoOpenDeals;
import com.anchang.dashboard.adapter.persistence.MongoOpenEscalations;
import com.anchang.dashboard.application.Breakdowns;
import com.anchang.dashboard.application.DashboardScope;
import com.anchang.dashboard.application.RecordingDealFigures;
import com.anchang.dashboard.application.RecordingFigures;
import com.anchang.dashboard.application.RecordingPeople;
import com.anchang.dashboard.application.RecordingReminders;
import com.anchang.dashboard.application.RecordingSellThrough;
import com.anchang.dashboard.application.RecordingUnitArea;
import com.anchang.dashboard.application.ViewingDashboards;
import com.anchang.dashboard.application.ViewingDiscounts;
import com.anchang.dashboard.application.ViewingLeads;
import com.anchang.dashboard.application.ViewingMoney;
import com.anchang.dashboard.application.ViewingPeople;
import com.anchang.dashboard.application.ViewingSellThrough;
import com.anchang.dashboard.application.ViewingService;
import com.anchang.dashboard.domain.Additions;
import com.anchang.dashboard.domain.Catalogue;
import com.anchang.dashboard.domain.DealLedger;
import com.anchang.dashboard.domain.FollowUpMinimum;
import com.anchang.dashboard.domain.LeadList;
import com.anchang.dashboard.domain.OfficeFigures;
import com.anchang.dashboard.domain.OfficeZones;
import com.anchang.dashboard.domain.OpenDeals;
import com.anchang.dashboard.domain.OpenEscalations;
import com.anchang.support.tenancy.OfficeDirectory;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Wiring of dashboard-service. It produces no events and writes nothing back. The offices' time zones are
 * a setting ({@code anchang.dashboard.zone} with {@code anchang.dashboard.office-zones.<officeId>}
 * overrides), as is the longest period one request may ask for.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DashboardConfiguration.DashboardSettings.class)
public class DashboardConfiguration {

    /**
     * @param zone the offices' time zone unless an office has its own (default Asia/Shanghai)
     * @param officeZones per office, its own time zone
     * @param maxDays the longest period a dashboard request may ask for (default 366 days)
     * @param minFollowUpsPhone LEAD-12: the follow-ups a phone lead needs (default 2, as lead-service's default)
     * @param minFollowUpsVisit LEAD-12: the follow-ups a visit lead needs (default 3)
     */
    @ConfigurationProperties("anchang.dashboard")
    public record DashboardSettings(ZoneId zone, Map<String, ZoneId> officeZones, Integer maxDays,
            Integer minFollowUpsPhone, Integer minFollowUpsVisit) {

        FollowUpMinimum followUpMinimum() {
            return new FollowUpMinimum(
                    minFollowUpsPhone == null ? FollowUpMinimum.DEFAULTS.phoneLeads() : minFollowUpsPhone,
                    minFollowUpsVisit == null ? FollowUpMinimum.DEFAULTS.visitLeads() : minFollowUpsVisit);
        }

        OfficeZones zones() {
            return new OfficeZones(zone == null ? OfficeZones.DEFAULTS.defaultZone() : zone, officeZones);
        }

        int maxDaysOrDefault() {
            return maxDays == null ? 366 : maxDays;
        }
    }

    @Bean
    OfficeZones officeZones(DashboardSettings settings) {
        return settings.zones();
    }

    @Bean
    ReadModelShape readModelShape(MongoTemplate mongo, KafkaAdmin kafka,
            @Value("${spring.kafka.consumer.group-id}") String group) {
        return new ReadModelShape(mongo.getDb(), new ConsumerGroupReset(kafka.getConfigurationProperties(), group));
    }

    @Bean
    OfficeFigures officeFigures(MongoTemplate mongo) {
        return new MongoOfficeFigures(mongo);
    }

    @Bean
    DealLedger dealLedger(MongoTemplate mongo) {
        return new MongoDealLedger(mongo);
    }

    @Bean
    OpenDeals openDeals(MongoTemplate mongo) {
        return new MongoOpenDeals(mongo);
    }

    @Bean
    RecordingDealFigures recordingDealFigures(DealLedger deals, RecordingFigures recording, OpenDeals openDeals,
            RecordingPeople people) {
        return new RecordingDealFigures(deals, recording, openDeals, people);
    }

    @Bean
    ViewingMoney viewingMoney(OpenDeals openDeals, Breakdowns breakdowns, DashboardScope scope, OfficeZones zones,
            Clock clock) {
        return new ViewingMoney(openDeals, breakdowns, scope, zones, clock);
    }

    @Bean
    Catalogue catalogue(MongoTemplate mongo) {
        return new MongoCatalogue(mongo);
    }

    @Bean
    RecordingSellThrough recordingSellThrough(Catalogue catalogue) {
        return new RecordingSellThrough(catalogue);
    }

    @Bean
    DashboardScope dashboardScope(OfficeFigures store, DashboardSettings settings, OfficeDirectory offices) {
        return new DashboardScope(store, settings.maxDaysOrDefault(), offices);
    }

    /** Figures broken down by approver, in collections of their own ({@code breakdown_office_days} ...). */
    @Bean
    Breakdowns breakdowns(MongoTemplate mongo, OfficeZones zones) {
        return new Breakdowns(new MongoOfficeFigures(mongo, "breakdown_"), zones);
    }

    @Bean
    RecordingPeople recordingPeople(Breakdowns breakdowns, MongoTemplate mongo, LeadList leadList,
            DashboardSettings settings, OfficeZones zones) {
        return new RecordingPeople(breakdowns, new MongoLeadLedger(mongo), leadList, settings.followUpMinimum(), zones);
    }

    @Bean
    LeadList leadList(MongoTemplate mongo) {
        return new MongoLeadList(mongo);
    }

    @Bean
    ViewingLeads viewingLeads(LeadList leadList, DashboardScope scope) {
        return new ViewingLeads(leadList, scope);
    }

    @Bean
    ViewingPeople viewingPeople(Breakdowns breakdowns, DashboardScope scope) {
        return new ViewingPeople(breakdowns, scope);
    }

    @Bean
    OpenEscalations openEscalations(MongoTemplate mongo) {
        return new MongoOpenEscalations(mongo);
    }

    @Bean
    ViewingService viewingService(OfficeFigures store, Breakdowns breakdowns, OpenEscalations escalations,
            DashboardScope scope, Clock clock) {
        return new ViewingService(store, breakdowns, escalations, scope, clock);
    }

    @Bean
    ViewingDiscounts viewingDiscounts(Breakdowns breakdowns, DashboardScope scope) {
        return new ViewingDiscounts(breakdowns, scope);
    }

    @Bean
    ViewingSellThrough viewingSellThrough(Catalogue catalogue, DashboardScope scope) {
        return new ViewingSellThrough(catalogue, scope);
    }

    @Bean
    Additions additions(MongoTemplate mongo) {
        return new MongoAdditions(mongo);
    }

    @Bean
    RecordingReminders recordingReminders(RecordingFigures recording, Breakdowns breakdowns, Additions additions) {
        return new RecordingReminders(recording, breakdowns, additions);
    }

    @Bean
    RecordingUnitArea recordingUnitArea(RecordingFigures recording, Additions additions) {
        return new RecordingUnitArea(recording, additions);
    }

    @Bean
    RecordingFigures recordingFigures(OfficeFigures store, OfficeZones zones) {
        return new RecordingFigures(store, zones);
    }

    @Bean
    ViewingDashboards viewingDashboards(OfficeFigures store, OfficeZones zones, DashboardScope scope, Clock clock) {
        return new ViewingDashboards(store, zones, scope, clock);
    }
}
