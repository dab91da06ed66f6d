package com.anchang.support.messaging;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import java.time.Duration;
import org.apache.kafka.common.errors.RetriableException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Whether an event failed for a reason that goes away by itself: the store or the broker could not be reached
 * (stopped, restarting, cut off). Such an event is tried again until it is applied, never sent to the
 * dead-letter topic, whose records a person must look at (issue 17: a store restart must lose nothing).
 * A concurrent change keeps the bounded retries: another write won, and trying again a few times settles it.
 */
public final class Transient {

    private Transient() {
    }

    /** True when the failure, or any of its causes, is the store or the broker being out of reach. */
    public static boolean failure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof OptimisticLockingFailureException) {
                return false;
            }
            if (cause instanceof DataAccessResourceFailureException || cause instanceof TransientDataAccessException
                    || cause instanceof MongoSocketException || cause instanceof MongoTimeoutException
                    || cause instanceof RetriableException) {
                return true;
            }
        }
        return false;
    }

    /** Tries again every {@code interval}, without limit. */
    public static BackOff backOff(Duration interval) {
        return new FixedBackOff(interval.toMillis(), FixedBackOff.UNLIMITED_ATTEMPTS);
    }
}
