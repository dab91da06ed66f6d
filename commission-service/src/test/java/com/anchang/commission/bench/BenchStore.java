package com.anchang.commission.bench;

import com.anchang.commission.adapter.persistence.BuyerTotalsDocument;
import com.anchang.commission.adapter.persistence.DealCreditDocument;
import com.anchang.commission.adapter.persistence.MongoBuyerTotalsRepository;
import com.anchang.commission.adapter.persistence.MongoConsultantBooks;
import com.anchang.commission.adapter.persistence.MongoDealCreditRepository;
import com.anchang.commission.adapter.persistence.MongoOwnershipTimelineRepository;
import com.anchang.commission.adapter.persistence.OwnershipTimelineDocument;
import com.anchang.commission.application.CreditingDeal;
import com.anchang.commission.application.ViewingStatements;
import com.anchang.commission.domain.CreditRules;
import com.anchang.commission.domain.OfficeCreditPolicy;
import com.anchang.commission.domain.OfficePolicies;
import com.anchang.support.tenancy.OfficeDirectory;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;

/**
 * The benchmarks' store and repositories: mongo-java-server with the H2 backend (a file, as the embedded
 * default) over TCP with the real driver, the unique {@code id_version} indexes the service creates, the
 * repositories and the crediting use case on the rulebook's default policy. No claim is made in a benchmark,
 * so no event is written.
 */
public final class BenchStore implements AutoCloseable {

    private final MongoServer server;
    private final MongoClient client;
    private final MongoTemplate mongo;
    private final OfficePolicies policies = office -> OfficeCreditPolicy.DEFAULTS;
    private final MongoConsultantBooks books;
    private final MongoDealCreditRepository credits;
    private final MongoOwnershipTimelineRepository timelines;
    private final CreditingDeal crediting;
    /** The commands the driver sent to the store, by name (find, update, insert...): a measure free of the load. */
    private final java.util.Map<String, Long> commands = new java.util.concurrent.ConcurrentSkipListMap<>();

    private BenchStore(String name) throws IOException {
        server = new MongoServer(new H2Backend(Files.createTempDirectory(name).resolve("bench.mv").toString()));
        server.bind("127.0.0.1", 0);
        client = MongoClients.create(com.mongodb.MongoClientSettings.builder()
                .applyConnectionString(new com.mongodb.ConnectionString("mongodb://127.0.0.1:"
                        + server.getLocalAddress().getPort()))
                .addCommandListener(new com.mongodb.event.CommandListener() {
                    @Override
                    public void commandStarted(com.mongodb.event.CommandStartedEvent event) {
                        commands.merge(event.getCommandName(), 1L, Long::sum);
                    }
                }).build());
        mongo = new MongoTemplate(client, "commissions");
        for (Class<?> document : List.of(DealCreditDocument.class, OwnershipTimelineDocument.class,
                BuyerTotalsDocument.class)) {
            mongo.indexOps(document).createIndex(new Index().on("_id", Sort.Direction.ASC)
                    .on("version", Sort.Direction.ASC).unique().named("id_version"));
        }
        books = new MongoConsultantBooks(mongo, policies);
        credits = new MongoDealCreditRepository(mongo, event -> {
            throw new IllegalStateException("no claim in a benchmark");
        }, dealId -> { }, books);
        timelines = new MongoOwnershipTimelineRepository(mongo);
        crediting = new CreditingDeal(credits, timelines, new MongoBuyerTotalsRepository(mongo), new CreditRules(),
                policies, Clock.systemUTC());
    }

    /** A new store in a temporary file, its indexes made. */
    public static BenchStore open(String name) throws IOException {
        return new BenchStore(name);
    }

    public MongoTemplate mongo() {
        return mongo;
    }

    public MongoOwnershipTimelineRepository timelines() {
        return timelines;
    }

    /** The commands sent so far, by name. */
    public java.util.Map<String, Long> commands() {
        return java.util.Map.copyOf(commands);
    }

    public CreditingDeal crediting() {
        return crediting;
    }

    public ViewingStatements statements() {
        return new ViewingStatements(books, policies, OfficeDirectory.inMemory(Map.of()));
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
