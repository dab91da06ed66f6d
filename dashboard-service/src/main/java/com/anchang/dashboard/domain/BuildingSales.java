package com.anchang.dashboard.domain;

import java.math.BigDecimal;

/**
 * One building's sell-through (去化率) as of now: the units its price list catalogued, those withheld from sale
 * (控房), and those sold (reserved by a formal deposit or contracted, as inventory-service's unit statuses say).
 *
 * @param onSale catalogued − withheld
 * @param sellThroughPercent sold over on sale, in percent with one decimal; null when nothing is on sale
 */
public record BuildingSales(String projectId, String buildingId, String name, long catalogued, long withheld,
        long onSale, long sold, long contracted, BigDecimal sellThroughPercent) {

    public static BuildingSales of(String projectId, String buildingId, String name, long catalogued, long withheld,
            long sold, long contracted) {
        long onSale = Math.max(0, catalogued - withheld);
        return new BuildingSales(projectId, buildingId, name, catalogued, withheld, onSale, sold, contracted,
                Funnel.percent(sold, onSale));
    }
}
