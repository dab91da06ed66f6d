package com.anchang.support.scheduling;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import java.util.Date;
import java.util.UUID;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.support.AbstractStorageAccessor;
import net.javacrumbs.shedlock.support.StorageBasedLockProvider;
import net.javacrumbs.shedlock.support.Utils;
import org.bson.Document;

/**
 * The periodic jobs' locks in one small collection of the service's own database, one document per job
 * ({@code _id} = the job's name), every write by {@code _id} with a flat filter.
 *
 * <p>Instead of ShedLock's own Mongo provider, which takes a held lock by an upsert that fails with a
 * duplicate key (on the embedded in-process server every skipped due run would log an error with a
 * stack trace) and renders its filter as {@code $and} (which that server never serves from an index):
 * here the record is created once by an upsert that cannot fail ({@code $setOnInsert}), and a lock is
 * taken by a compare-and-set on {@code {_id, lockUntil <= now}}. Released only by the run that took it
 * (its instance and the end it set), so a run that outlived {@code lockAtMostFor} does not release the
 * lock another instance has taken since.
 *
 * <p>An instance named by what stays the same across its restarts (its host and port) takes back, when it starts,
 * the locks its previous life held: a process killed during a run would otherwise keep its job locked for
 * {@code lockAtMostFor}, and the restarted one, asked by the simulated clock to run that job, would wait as long
 * (found by the day of offices under faults, issue 17). No other live instance can have the same host and port.
 */
public class MongoJobLocks extends StorageBasedLockProvider {

    /** An instance known only for this run of the process (a random port, a test): nothing to take back. */
    public MongoJobLocks(MongoCollection<Document> locks) {
        this(locks, Utils.getHostname() + "/" + UUID.randomUUID());
    }

    /**
     * @param instance what names this instance across its restarts (host and port); locks left by its previous life
     *     are released at once
     */
    public MongoJobLocks(MongoCollection<Document> locks, String instance) {
        super(takingBack(locks, instance));
    }

    private static Accessor takingBack(MongoCollection<Document> locks, String instance) {
        locks.updateMany(new Document("lockedBy", instance),
                new Document("$set", new Document("lockUntil", Date.from(ClockProvider.now()))));
        return new Accessor(locks, instance);
    }

    static final class Accessor extends AbstractStorageAccessor {

        private final MongoCollection<Document> locks;
        private final String instance;

        Accessor(MongoCollection<Document> locks, String instance) {
            this.locks = locks;
            this.instance = instance;
        }

        @Override
        public boolean insertRecord(LockConfiguration lock) {
            try {
                return locks.updateOne(new Document("_id", lock.getName()), new Document("$setOnInsert", taken(lock)),
                        new UpdateOptions().upsert(true)).getUpsertedId() != null;
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                    return false; // created at the same moment by another instance; updateRecord decides
                }
                throw e;
            }
        }

        @Override
        public boolean updateRecord(LockConfiguration lock) {
            Document free = new Document("_id", lock.getName())
                    .append("lockUntil", new Document("$lte", Date.from(ClockProvider.now())));
            return locks.updateOne(free, new Document("$set", taken(lock))).getModifiedCount() == 1;
        }

        @Override
        public void unlock(LockConfiguration lock) {
            // this run's lock: this instance, and the lockUntil it set (unchanged until released)
            Document mine = new Document("_id", lock.getName()).append("lockedBy", instance)
                    .append("lockUntil", Date.from(lock.getLockAtMostUntil()));
            locks.updateOne(mine, new Document("$set", new Document("lockUntil", Date.from(lock.getUnlockTime()))));
        }

        private Document taken(LockConfiguration lock) {
            return new Document("lockUntil", Date.from(lock.getLockAtMostUntil()))
                    .append("lockedAt", Date.from(ClockProvider.now())).append("lockedBy", instance);
        }
    }
}
