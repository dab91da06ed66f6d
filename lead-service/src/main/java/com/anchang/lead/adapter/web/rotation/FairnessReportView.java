package com.anchang.lead.adapter.web.rotation;

import com.anchang.lead.domain.LeadRule;
import com.anchang.lead.domain.rotation.Assignment;
import com.anchang.lead.domain.rotation.Duty;
import com.anchang.lead.domain.rotation.Queue;
import com.anchang.lead.domain.rotation.ReceptionDay;
import com.anchang.lead.domain.rotation.Skip;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The daily fairness report of an office: per consultant (in check-in order) the receptions, how
 * they counted for the rotation (turn used ROT-9, turn kept ROT-7/ROT-8, own customer handed over
 * ROT-7, open call taken ROT-10), and every time they were passed over, with the rule and the reason.
 */
public record FairnessReportView(String officeId, LocalDate businessDay, int walkInRounds, int phoneRounds,
        List<ConsultantFairness> consultants) {

    public record ConsultantFairness(String consultant, int position, long receptions, long walkIns, long calls,
            long turnsUsed, long turnsKept, long ownCustomers, long openCallsTaken, Map<String, Long> skipsByRule,
            List<SkipLine> skips) {
    }

    public record SkipLine(Queue queue, int round, String rule, String reason, Instant at) {
    }

    public static FairnessReportView of(ReceptionDay day) {
        Set<String> consultants = new LinkedHashSet<>();
        day.duties().forEach(d -> consultants.add(d.consultantId()));
        day.assignments().forEach(a -> consultants.add(a.consultantId()));
        List<ConsultantFairness> rows = consultants.stream().map(id -> row(day, id)).toList();
        return new FairnessReportView(day.officeId(), day.businessDay(), day.round(Queue.WALK_IN),
                day.round(Queue.PHONE), rows);
    }

    private static ConsultantFairness row(ReceptionDay day, String consultantId) {
        List<Assignment> mine = day.assignments().stream().filter(a -> a.consultantId().equals(consultantId)).toList();
        List<Skip> skips = day.skips().stream().filter(s -> s.consultantId().equals(consultantId)).toList();
        return new ConsultantFairness(consultantId,
                day.duty(consultantId).map(Duty::position).orElse(0),
                mine.size(),
                mine.stream().filter(a -> a.queue() == Queue.WALK_IN).count(),
                mine.stream().filter(a -> a.queue() == Queue.PHONE).count(),
                mine.stream().filter(Assignment::usedTurn).count(),
                mine.stream().filter(a -> a.turn() == LeadRule.ROT_7 || a.turn() == LeadRule.ROT_8).count(),
                mine.stream().filter(a -> a.rule() == LeadRule.ROT_7).count(),
                mine.stream().filter(a -> a.rule() == LeadRule.ROT_10).count(),
                skips.stream().collect(Collectors.groupingBy(s -> s.rule().id(), TreeMap::new, Collectors.counting())),
                skips.stream().map(s -> new SkipLine(s.queue(), s.round(), s.rule().id(), s.reason(), s.at())).toList());
    }
}
