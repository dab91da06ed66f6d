package com.anchang.dashboard.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sell-through (去化率) of an office (or several) as of now, per project and building: units sold over units on
 * sale. Units sold whose building no event has named (a unit reserved by a swap before any hold of it) are
 * counted for the office, in no building.
 *
 * @param unplacedSold units sold whose building is not known
 */
public record SellThrough(long catalogued, long withheld, long onSale, long sold, long contracted,
        BigDecimal sellThroughPercent, long unplacedSold, List<Project> projects) {

    /** A project's buildings and their sums. */
    public record Project(String projectId, long catalogued, long withheld, long onSale, long sold, long contracted,
            BigDecimal sellThroughPercent, List<BuildingSales> buildings) {
    }

    public static SellThrough of(List<BuildingSales> buildings, long unplacedSold) {
        Map<String, List<BuildingSales>> byProject = new TreeMap<>();
        for (BuildingSales b : buildings) {
            byProject.computeIfAbsent(b.projectId() == null ? "" : b.projectId(), k -> new ArrayList<>()).add(b);
        }
        List<Project> projects = new ArrayList<>();
        byProject.forEach((projectId, list) -> {
            list.sort(Comparator.comparing(BuildingSales::name, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(BuildingSales::buildingId));
            long[] sums = sums(list);
            projects.add(new Project(projectId.isEmpty() ? null : projectId, sums[0], sums[1], sums[2], sums[3], sums[4],
                    Funnel.percent(sums[3], sums[2]), List.copyOf(list)));
        });
        long[] sums = sums(buildings);
        long sold = sums[3] + unplacedSold;
        return new SellThrough(sums[0], sums[1], sums[2], sold, sums[4], Funnel.percent(sold, sums[2]), unplacedSold,
                List.copyOf(projects));
    }

    private static long[] sums(List<BuildingSales> buildings) {
        long[] sums = new long[5];
        for (BuildingSales b : buildings) {
            sums[0] += b.catalogued();
            sums[1] += b.withheld();
            sums[2] += b.onSale();
            sums[3] += b.sold();
            sums[4] += b.contracted();
        }
        return sums;
    }
}
