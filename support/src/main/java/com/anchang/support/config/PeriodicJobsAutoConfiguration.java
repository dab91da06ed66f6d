package com.anchang.support.config;

import com.anchang.support.clock.SimulatedClock;
import com.anchang.support.scheduling.MongoJobLocks;
import com.anchang.support.scheduling.PeriodicJob;
import com.anchang.support.scheduling.PeriodicJobs;
import com.mongodb.ReadConcern;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.support.Utils;
import org.bson.Document;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.task.TaskSchedulingAutoConfiguration;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Periodic work of a service that owns a MongoDB database: every {@link PeriodicJob} bean is run on
 * Spring's task scheduler by {@link PeriodicJobs}, each due run on one instance only, under a lock in
 * the collection {@value #LOCKS} of the service's own database (one document per job, by {@code _id}).
 */
@AutoConfiguration(after = DataMongoAutoConfiguration.class, before = TaskSchedulingAutoConfiguration.class)
@ConditionalOnClass({MongoTemplate.class, LockProvider.class})
@ConditionalOnBean({PeriodicJob.class, MongoTemplate.class})
@EnableScheduling
public class PeriodicJobsAutoConfiguration {

    /** The lock collection: one small document per job, found by {@code _id}. */
    public static final String LOCKS = "job_locks";

    @Bean
    @ConditionalOnMissingBean
    LockProvider jobLockProvider(MongoTemplate mongo, Environment environment) {
        MongoCollection<Document> locks = mongo.getCollection(LOCKS)
                .withWriteConcern(WriteConcern.MAJORITY).withReadConcern(ReadConcern.MAJORITY);
        // a fixed port names this instance across restarts, so it takes back what a killed run of it held
        int port = environment.getProperty("server.port", Integer.class, 0);
        return port > 0 ? new MongoJobLocks(locks, Utils.getHostname() + ":" + port) : new MongoJobLocks(locks);
    }

    @Bean
    PeriodicJobs periodicJobs(List<PeriodicJob> jobs, LockProvider locks, Clock clock, AnchangProperties properties,
            MeterRegistry meters) {
        // on the simulated clock (one instance, ADR 11) a run's lock is not held past the run: the clock's steps
        // run the same job again within milliseconds of real time
        Duration atLeast = clock instanceof SimulatedClock ? Duration.ZERO : properties.jobs().lockAtLeastFor();
        return new PeriodicJobs(jobs, locks, clock, properties.jobs().lockAtMostFor(), atLeast, meters);
    }
}
