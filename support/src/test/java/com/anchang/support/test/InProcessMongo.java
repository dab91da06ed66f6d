package com.anchang.support.test;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts an in-process MongoDB wire-protocol server (memory backend) on a free port for one test
 * application context and points {@code spring.mongodb.uri} at it; the real driver talks to it over
 * TCP. Stopped when the context closes.
 */
public class InProcessMongo implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        InetSocketAddress address = server.getLocalAddress();
        String database = context.getEnvironment().getProperty("spring.application.name", "test").replace('-', '_');
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("in-process-mongo", Map.of(
                "spring.mongodb.uri", "mongodb://127.0.0.1:" + address.getPort() + "/" + database,
                "anchang.mongo.embedded", "true")));
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
                server.shutdownNow();
            }
        });
    }
}
