package com.anchang.lead.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.anchang.lead.domain.LeadRule;
import com.anchang.lead.domain.rotation.Queue;
import com.anchang.lead.domain.rotation.Skip;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.convert.NoOpDbRefResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

class LeadRuleConvertersTest {

    private final MappingMongoConverter converter = converter();

    @Test
    @DisplayName("a stored skip keeps its rule as the rulebook id (\"ROT-6\"), as before rules were typed, and reads back")
    void storesTheRulebookId() {
        Skip skip = new Skip(Queue.WALK_IN, 2, "a", LeadRule.ROT_6, "away from the post",
                Instant.parse("2026-11-23T02:00:00Z"));
        Document stored = new Document();

        converter.write(skip, stored);

        assertThat(stored.get("rule")).isEqualTo("ROT-6");
        assertThat(converter.read(Skip.class, stored)).isEqualTo(skip);
    }

    @Test
    @DisplayName("a stored rule id that is no rule of the service fails the read loudly instead of becoming null")
    void anUnknownStoredRuleFails() {
        Document stored = new Document("queue", "WALK_IN").append("round", 2).append("consultantId", "a")
                .append("rule", "ROT-99").append("reason", "away").append("at", Date.from(Instant.EPOCH));

        assertThatThrownBy(() -> converter.read(Skip.class, stored))
                .hasStackTraceContaining("'ROT-99' is not a rule of LeadRule");
    }

    private static MappingMongoConverter converter() {
        MongoCustomConversions conversions = new MongoCustomConversions(LeadRuleConverters.all());
        MongoMappingContext context = new MongoMappingContext();
        context.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
        MappingMongoConverter converter = new MappingMongoConverter(NoOpDbRefResolver.INSTANCE, context);
        converter.setCustomConversions(conversions);
        converter.afterPropertiesSet();
        return converter;
    }
}
