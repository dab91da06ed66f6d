package com.anchang.lead.adapter.persistence;

import com.anchang.lead.domain.LeadRule;
import com.anchang.support.problem.RuleId;
import java.util.List;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;

/**
 * A rule held by a stored record (an assignment's rule and turn, a skip's rule) is stored as its
 * rulebook id ("ROT-9"), as before rules were typed, not as the enum's name. A stored id that is no
 * rule of the service fails the read loudly.
 */
public final class LeadRuleConverters {

    private LeadRuleConverters() {
    }

    public static List<Converter<?, ?>> all() {
        return List.of(new ToId(), new FromId());
    }

    @WritingConverter
    static final class ToId implements Converter<LeadRule, String> {
        @Override
        public String convert(LeadRule rule) {
            return rule.id();
        }
    }

    @ReadingConverter
    static final class FromId implements Converter<String, LeadRule> {
        @Override
        public LeadRule convert(String id) {
            return RuleId.of(LeadRule.class, id);
        }
    }
}
