package com.anchang.lead.domain;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * LEAD-12: the minimum number of follow-ups an owner logs on a lead (office policy; default 2 for
 * phone leads, 3 for visit leads), and the compliance figure per consultant it gives.
 */
public record FollowUpMinimums(int phoneLeads, int visitLeads) {

    /** Port: the minimums in force at an office. */
    public interface Policies {
        FollowUpMinimums forOffice(String officeId);
    }

    public FollowUpMinimums {
        if (phoneLeads < 0 || visitLeads < 0) {
            throw new IllegalArgumentException("minimum follow-ups cannot be negative");
        }
    }

    /** The minimum for a lead from this source: phone leads the phone minimum, every other (a visit) the visit one. */
    public int required(LeadSource source) {
        return source == LeadSource.PHONE ? phoneLeads : visitLeads;
    }

    /**
     * One consultant's figure: of the leads they own (not released), how many phone and visit leads,
     * and how many of each have at least the minimum of the owner's effective follow-ups.
     */
    public record Figure(String ownerConsultantId, int phoneLeads, int phoneLeadsCompliant, int visitLeads,
            int visitLeadsCompliant) {

        public int leads() {
            return phoneLeads + visitLeads;
        }

        public int compliant() {
            return phoneLeadsCompliant + visitLeadsCompliant;
        }
    }

    /** LEAD-12: the figures of every consultant owning a lead among {@code leads}, by consultant id. */
    public List<Figure> figures(Collection<Lead> leads) {
        Map<String, int[]> counts = new TreeMap<>();
        for (Lead lead : leads) {
            if (lead.released()) {
                continue;
            }
            int[] c = counts.computeIfAbsent(lead.ownerConsultantId(), k -> new int[4]);
            int offset = lead.source() == LeadSource.PHONE ? 0 : 2;
            c[offset]++;
            if (lead.ownerFollowUps() >= required(lead.source())) {
                c[offset + 1]++;
            }
        }
        return counts.entrySet().stream()
                .map(e -> new Figure(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3]))
                .sorted(Comparator.comparing(Figure::ownerConsultantId))
                .toList();
    }
}
