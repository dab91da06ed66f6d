package com.anchang.lead.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The lapse calendar (LEAD-3, LEAD-11) on the in-process MongoDB server the embedded default uses. */
class MongoLapseCalendarTest {

    static final LocalDate DAY = LocalDate.of(2026, 12, 21);

    MongoServer server;
    MongoClient client;
    MongoTemplate mongo;
    MongoLapseCalendar calendar;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(new ConnectionString("mongodb://127.0.0.1:" + server.bind().getPort()));
        mongo = new MongoTemplate(client, "lead");
        calendar = new MongoLapseCalendar(mongo);
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    @DisplayName("LEAD-3: a busy day's leads are all due on their release day, once each, and none of the day's documents holds more than a small share of them")
    void busyDaySpreadOverSmallDocuments() {
        List<String> leads = IntStream.range(0, 2_000).mapToObj(i -> "lead-" + i).toList();
        leads.forEach(lead -> calendar.schedule("dev-huaxin", "office-binjiang", DAY, lead));
        calendar.schedule("dev-huaxin", "office-binjiang", DAY, "lead-7"); // again: still once
        calendar.unschedule("dev-huaxin", "office-binjiang", DAY, "lead-8");

        List<String> due = calendar.dueOn("dev-huaxin", "office-binjiang", DAY);

        assertThat(due).hasSize(1_999).doesNotHaveDuplicates().doesNotContain("lead-8").contains("lead-7", "lead-1999");
        assertThat(calendar.dueOn("dev-huaxin", "office-xihu", DAY)).isEmpty();
        assertThat(calendar.dueOn("dev-huaxin", "office-binjiang", DAY.plusDays(1))).isEmpty();
        int largest = mongo.getCollection(MongoLapseCalendar.DAYS).find().into(new ArrayList<>()).stream()
                .mapToInt(day -> day.getList("leadIds", String.class).size()).max().orElse(0);
        assertThat(largest).as("ids in the largest document of the day").isLessThan(100);
    }

    @Test
    @DisplayName("LEAD-3: leads scheduled before the day was spread over documents are still due, and still taken off")
    void documentsOfTheEarlierShape() {
        mongo.getCollection(MongoLapseCalendar.DAYS).insertOne(new Document("_id", "dev-huaxin:office-binjiang:" + DAY)
                .append("developerId", "dev-huaxin").append("officeId", "office-binjiang").append("day", DAY.toString())
                .append("leadIds", new ArrayList<>(List.of("lead-old-1", "lead-old-2"))));
        calendar.schedule("dev-huaxin", "office-binjiang", DAY, "lead-new");
        calendar.unschedule("dev-huaxin", "office-binjiang", DAY, "lead-old-2");

        assertThat(calendar.dueOn("dev-huaxin", "office-binjiang", DAY))
                .containsExactlyInAnyOrder("lead-old-1", "lead-new");
    }
}
