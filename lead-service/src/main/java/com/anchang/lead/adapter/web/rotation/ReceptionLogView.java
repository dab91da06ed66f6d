package com.anchang.lead.adapter.web.rotation;

import com.anchang.lead.domain.LeadRule;
import com.anchang.lead.domain.rotation.Assignment;
import com.anchang.lead.domain.rotation.AssignmentStatus;
import com.anchang.lead.domain.rotation.Queue;
import com.anchang.lead.domain.rotation.ReceptionDay;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * ROT-11: an office's visit log (来访登记) and call log (进线电话登记) of one business day, and the
 * day's counts from them: per office (a visitor handed to their owner under ROT-7 counts once) and per
 * consultant (every reception on their name).
 */
public record ReceptionLogView(String officeId, LocalDate businessDay, List<Line> visits, List<Line> calls,
        Counts counts) {

    public record Line(String assignmentId, Instant at, String consultant, String source, String outcome, String rule,
            AssignmentStatus status, Instant endedAt) {
    }

    public record Counts(long visits, long calls, List<ConsultantCount> consultants) {
    }

    public record ConsultantCount(String consultant, long visits, long calls) {
    }

    public static ReceptionLogView of(ReceptionDay day) {
        List<Assignment> all = day.assignments();
        Map<String, long[]> perConsultant = new TreeMap<>();
        for (Assignment a : all) {
            perConsultant.computeIfAbsent(a.consultantId(), id -> new long[2])[a.queue() == Queue.WALK_IN ? 0 : 1]++;
        }
        return new ReceptionLogView(day.officeId(), day.businessDay(), lines(all, Queue.WALK_IN), lines(all, Queue.PHONE),
                new Counts(visitors(all, Queue.WALK_IN), visitors(all, Queue.PHONE), perConsultant.entrySet().stream()
                        .map(e -> new ConsultantCount(e.getKey(), e.getValue()[0], e.getValue()[1])).toList()));
    }

    private static List<Line> lines(List<Assignment> all, Queue queue) {
        return all.stream().filter(a -> a.queue() == queue).map(a -> new Line(a.id(), a.assignedAt(), a.consultantId(),
                a.source(), a.outcome(), a.rule().id(), a.status(), a.endedAt())).toList();
    }

    private static long visitors(List<Assignment> all, Queue queue) {
        return all.stream().filter(a -> a.queue() == queue && a.rule() != LeadRule.ROT_7).count();
    }
}
