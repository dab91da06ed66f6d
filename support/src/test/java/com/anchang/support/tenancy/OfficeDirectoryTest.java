package com.anchang.support.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

import com.anchang.support.problem.NotFoundException;
import com.anchang.support.security.Caller;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

class OfficeDirectoryTest {

    static final Caller HEAD_OFFICE = new Caller("u-head", "head", "dev-a", Map.of(), Set.of(Caller.HEAD_OFFICE), false);
    static final Caller RIVAL_HEAD_OFFICE = new Caller("u-rival", "rival", "dev-b", Map.of("office-b", Set.of("PM")),
            Set.of(Caller.HEAD_OFFICE), false);
    static final Caller PM = new Caller("u-pm", "pm", "dev-a", Map.of("office-a", Set.of("PM")), Set.of(), false);

    MongoServer server;
    MongoClient client;
    MongoOfficeDirectory directory;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
        directory = new MongoOfficeDirectory(new MongoTemplate(client, "directory"));
        directory.opened("office-a", "dev-a");
        directory.opened("office-b", "dev-b");
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdown();
    }

    @Test
    @DisplayName("head office sees the offices the directory says are of its developer, and no other")
    void headOfficeSeesItsDevelopersOffices() {
        assertThatNoException().isThrownBy(() -> directory.mustSeeOffice(HEAD_OFFICE, "office-a"));
        assertThat(directory.sees(HEAD_OFFICE, "office-b")).isFalse();
        assertThat(directory.sees(RIVAL_HEAD_OFFICE, "office-a")).isFalse();
        assertThat(directory.sees(RIVAL_HEAD_OFFICE, "office-b")).isTrue();
    }

    @Test
    @DisplayName("another developer's office and an unknown office id answer the same 404 office")
    void anotherDevelopersOfficeAndAnUnknownOneAlike() {
        for (String officeId : new String[] {"office-a", "office-nowhere"}) {
            assertThatThrownBy(() -> directory.mustSeeOffice(RIVAL_HEAD_OFFICE, officeId))
                    .isInstanceOfSatisfying(NotFoundException.class, e -> {
                        assertThat(e.kind()).isEqualTo("office");
                        assertThat(e.id()).isEqualTo(officeId);
                    });
        }
        assertThat(directory.sees(HEAD_OFFICE, null)).isFalse();
    }

    @Test
    @DisplayName("a member of an office sees it by its token alone, even before the directory is told of it")
    void aMemberSeesItsOfficeWithoutTheDirectory() {
        Caller consultant = new Caller("u-new", "new", "dev-a", Map.of("office-new", Set.of("CONSULTANT")), Set.of(), false);
        assertThat(directory.sees(consultant, "office-new")).isTrue();
        assertThat(directory.sees(HEAD_OFFICE, "office-new")).as("head office, until the office is told").isFalse();
        assertThat(directory.sees(PM, "office-b")).isFalse();
    }

    @Test
    @DisplayName("an office told again, or told to another instance of the service, is known alike")
    void toldAgainAndToAnotherInstance() {
        directory.opened("office-a", "dev-a");
        MongoOfficeDirectory otherInstance = new MongoOfficeDirectory(new MongoTemplate(client, "directory"));
        assertThat(otherInstance.developerOf("office-a")).contains("dev-a");
        assertThat(otherInstance.developerOf("office-nowhere")).isEmpty();
        assertThat(client.getDatabase("directory").getCollection(MongoOfficeDirectory.COLLECTION).countDocuments())
                .isEqualTo(2);
    }

    @Test
    @DisplayName("the in-memory directory decides as the stored one")
    void inMemory() {
        OfficeDirectory memory = OfficeDirectory.inMemory(Map.of("office-a", "dev-a"));
        assertThat(memory.sees(HEAD_OFFICE, "office-a")).isTrue();
        assertThat(memory.sees(RIVAL_HEAD_OFFICE, "office-a")).isFalse();
        memory.opened("office-b", "dev-b");
        assertThat(memory.sees(RIVAL_HEAD_OFFICE, "office-b")).isTrue();
    }
}
