package com.anchang.dashboard.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.dashboard.domain.BuildingSales;
import com.anchang.dashboard.domain.Catalogue.OfficeCatalogue;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Buildings and their units' sale on the in-process MongoDB server over TCP. */
class MongoCatalogueIT {

    MongoServer server;
    MongoClient client;
    MongoCatalogue catalogue;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
        catalogue = new MongoCatalogue(new MongoTemplate(client, "dashboards"));
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    BuildingSales building(String officeId) {
        return catalogue.of(officeId).buildings().getFirst();
    }

    @Test
    @DisplayName("held, reserved, contracted, each delivered twice: one unit sold and contracted in its building; released, none; the price list may come last")
    void unitsSoldOnceInTheirBuilding() {
        catalogue.unitIn("u-1", "bldg-3");
        catalogue.sold("office-1", "u-1", false);
        catalogue.sold("office-1", "u-1", false);
        catalogue.unitIn("u-2", "bldg-3");
        catalogue.sold("office-1", "u-2", false);
        catalogue.sold("office-1", "u-2", true);
        catalogue.sold("office-1", "u-2", true);
        catalogue.catalogued("dev-1", "office-1", "proj-1", "bldg-3", "3", 64);

        BuildingSales b = building("office-1");
        assertThat(b).isEqualTo(BuildingSales.of("proj-1", "bldg-3", "3", 64, 0, 2, 1));

        catalogue.released("office-1", "u-1", "bldg-3");
        catalogue.released("office-1", "u-1", "bldg-3");
        assertThat(building("office-1").sold()).isEqualTo(1);
    }

    @Test
    @DisplayName("a unit reserved by a swap before any event named its building counts for the office, in no building, until released")
    void unplacedUnits() {
        catalogue.catalogued("dev-1", "office-2", "proj-1", "bldg-5", "5", 32);
        catalogue.sold("office-2", "u-9", false);
        catalogue.sold("office-2", "u-9", true);

        OfficeCatalogue office = catalogue.of("office-2");
        assertThat(office.unplacedSold()).isEqualTo(1);
        assertThat(office.buildings().getFirst().sold()).isZero();

        catalogue.released("office-2", "u-9", "bldg-5");
        assertThat(catalogue.of("office-2").unplacedSold()).isZero();
        assertThat(catalogue.of("office-2").buildings().getFirst().sold()).isZero();
    }

    @Test
    @DisplayName("a withheld unit is off sale until released or sold")
    void withheld() {
        catalogue.catalogued("dev-1", "office-3", "proj-1", "bldg-7", "7", 10);
        catalogue.withheld("office-3", "u-7", "bldg-7");
        catalogue.withheld("office-3", "u-8", "bldg-7");
        assertThat(building("office-3").onSale()).isEqualTo(8);
        catalogue.released("office-3", "u-7", "bldg-7");
        assertThat(building("office-3").onSale()).isEqualTo(9);
        assertThat(catalogue.of("office-unknown").buildings()).isEmpty();
    }
}
