package com.anchang.lead.config;

import com.anchang.lead.adapter.persistence.LeadRuleConverters;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;

/** How the service's own value types are stored: rules by their rulebook id. */
@Configuration(proxyBeanMethods = false)
public class StorageConfiguration {

    @Bean
    MongoCustomConversions mongoCustomConversions() {
        return new MongoCustomConversions(LeadRuleConverters.all());
    }
}
