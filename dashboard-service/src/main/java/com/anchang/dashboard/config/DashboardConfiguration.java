package com.anchang.dashboard.config;

import com.anchang.dashboard.adapter.persistence.MongoOfficeFigures;
import com.anchang.dashboard.application.RecordingFigures;
import com.anchang.dashboard.application.ViewingDashboards;
import com.anchang.dashboard.domain.OfficeFigures;
import com.anchang.dashboard.domain.OfficeZones;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

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
     */
    @ConfigurationProperties("anchang.dashboard")
    public record DashboardSettings(ZoneId zone, Map<String, ZoneId> officeZones, Integer maxDays) {

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
    OfficeFigures officeFigures(MongoTemplate mongo) {
        return new MongoOfficeFigures(mongo);
    }

    @Bean
    RecordingFigures recordingFigures(OfficeFigures store, OfficeZones zones) {
        return new RecordingFigures(store, zones);
    }

    @Bean
    ViewingDashboards viewingDashboards(OfficeFigures store, OfficeZones zones, DashboardSettings settings) {
        return new ViewingDashboards(store, zones, settings.maxDaysOrDefault());
    }
}
