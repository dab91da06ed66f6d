package com.anchang.dashboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SellThroughTest {

    @Test
    @DisplayName("去化率: a building's sold units over its units on sale (catalogued − withheld), one decimal; a project and the office sum their buildings")
    void perBuildingProjectAndOffice() {
        BuildingSales b3 = BuildingSales.of("proj-1", "bldg-3", "3", 64, 4, 45, 30);
        BuildingSales b5 = BuildingSales.of("proj-1", "bldg-5", "5", 32, 0, 8, 2);
        BuildingSales b9 = BuildingSales.of("proj-2", "bldg-9", "9", 100, 0, 1, 0);

        assertThat(b3.onSale()).isEqualTo(60);
        assertThat(b3.sellThroughPercent()).isEqualByComparingTo("75.0");
        assertThat(b5.sellThroughPercent()).isEqualByComparingTo("25.0");

        SellThrough office = SellThrough.of(List.of(b9, b5, b3), 2);
        assertThat(office.projects()).extracting(SellThrough.Project::projectId).containsExactly("proj-1", "proj-2");
        SellThrough.Project p1 = office.projects().getFirst();
        assertThat(p1.buildings()).extracting(BuildingSales::buildingId).containsExactly("bldg-3", "bldg-5");
        assertThat(p1.onSale()).isEqualTo(92);
        assertThat(p1.sold()).isEqualTo(53);
        assertThat(p1.sellThroughPercent()).isEqualByComparingTo("57.6");
        // the office: 54 sold in buildings + 2 whose building is not known, over 192 on sale
        assertThat(office.sold()).isEqualTo(56);
        assertThat(office.onSale()).isEqualTo(192);
        assertThat(office.sellThroughPercent()).isEqualByComparingTo(new BigDecimal("29.2"));
        assertThat(office.contracted()).isEqualTo(32);
    }

    @Test
    @DisplayName("nothing on sale (a building known only from a sale before its price list came): no percentage, not a division by zero")
    void nothingOnSale() {
        BuildingSales b = BuildingSales.of(null, "bldg-1", null, 0, 0, 1, 0);
        assertThat(b.sellThroughPercent()).isNull();
        assertThat(SellThrough.of(List.of(b), 0).projects().getFirst().projectId()).isNull();
        assertThat(SellThrough.of(List.of(), 0).sellThroughPercent()).isNull();
    }
}
