package com.anchang.support.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoClientSettings;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** How long a service waits for its store (issue 17; the platform's NetworkFaultsE2E shows both on a real link). */
class StoreTimeoutsTest {

    private static MongoClientSettings settings(AnchangProperties.Mongo mongo) {
        // null: the defaults, as when nothing is set
        MongoClientSettings.Builder builder = MongoClientSettings.builder();
        new StoreAndEventsAutoConfiguration().storeTimeouts(new AnchangProperties(null, null, mongo, null))
                .customize(builder);
        return builder.build();
    }

    @Test
    @DisplayName("a silent link to the store (nothing refused or closed) fails a read or write after 10 s, before the gateway's 15 s, instead of the driver's wait for ever; an unreachable store after the 5 s server selection")
    void silentStoreFailsBeforeTheGatewayGivesUp() {
        MongoClientSettings defaults = settings(null);

        assertThat(MongoClientSettings.builder().build().getSocketSettings().getReadTimeout(TimeUnit.MILLISECONDS))
                .as("the driver's own default: no limit").isZero();
        assertThat(defaults.getSocketSettings().getReadTimeout(TimeUnit.MILLISECONDS)).isEqualTo(10_000);
        assertThat(defaults.getClusterSettings().getServerSelectionTimeout(TimeUnit.MILLISECONDS)).isEqualTo(5_000);
    }

    @Test
    @DisplayName("both limits are settings (anchang.mongo.socket-timeout, anchang.mongo.server-selection-timeout)")
    void limitsAreSettings() {
        MongoClientSettings set = settings(new AnchangProperties.Mongo(false, Duration.ofSeconds(2), Duration.ofSeconds(4)));

        assertThat(set.getSocketSettings().getReadTimeout(TimeUnit.MILLISECONDS)).isEqualTo(4_000);
        assertThat(set.getClusterSettings().getServerSelectionTimeout(TimeUnit.MILLISECONDS)).isEqualTo(2_000);
    }
}
