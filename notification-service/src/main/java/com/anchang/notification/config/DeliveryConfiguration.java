package com.anchang.notification.config;

import com.anchang.notification.adapter.persistence.MongoDeliveryRates;
import com.anchang.notification.adapter.persistence.MongoLocalInbox;
import com.anchang.notification.adapter.persistence.MongoReminderMessages;
import com.anchang.notification.adapter.provider.ProviderChannels;
import com.anchang.notification.adapter.provider.ProviderSettings;
import com.anchang.notification.adapter.scheduling.ReminderJobs;
import com.anchang.notification.application.DispatchingReminders;
import com.anchang.notification.application.RecordingReceipts;
import com.anchang.notification.application.ViewingDeliveryRates;
import com.anchang.notification.application.ViewingInbox;
import com.anchang.notification.domain.DeliveryPolicy;
import com.anchang.notification.domain.DeliveryRates;
import com.anchang.notification.domain.DueReminders;
import com.anchang.notification.domain.ReminderMessages;
import com.anchang.notification.domain.ReminderPolicies;
import com.anchang.notification.domain.ReminderScheduleRepository;
import com.anchang.support.scheduling.PeriodicJob;
import com.anchang.support.tenancy.OfficeDirectory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Delivering reminders (NOTE-3, NOTE-4, NOTE-5): the due queue, the channels, the dispatch job, receipts, the local inbox. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({DeliveryConfiguration.DeliverySettings.class, DeliveryConfiguration.Accounts.class})
public class DeliveryConfiguration {

    /**
     * How reminders are delivered.
     *
     * @param interval how often the dispatch job looks for due reminders
     * @param lease how long an instance holds a claimed reminder (longer than three sends' timeouts)
     * @param sendTimeout connect and read timeout of each provider call
     * @param attemptsPerChannel tries of a channel (throttled, transient, timed out) before it counts as failed
     * @param firstBackoff wait after the first retryable failure, doubling up to maxBackoff
     * @param receiptWait how long a sent reminder waits for its receipt before it is escalated as unanswered
     * @param bucket the due queue's time bucket (divides a day)
     * @param pageSize entries per page of a bucket
     * @param lookback where the first run of a new store starts looking
     * @param parallelism reminders one run sends at once
     * @param pagesAtOnce pages of a bucket one run dispatches at once (one while the store writes the other)
     * @param localInbox whether offices without a provider account deliver to the local inbox (the embedded default)
     * @param providerZone the providers' day for their send records
     */
    @ConfigurationProperties("notification.delivery")
    public record DeliverySettings(Duration interval, Duration lease, Duration sendTimeout, int attemptsPerChannel,
            Duration firstBackoff, Duration maxBackoff, Duration receiptWait, Duration bucket, int pageSize,
            Duration lookback, int parallelism, Integer pagesAtOnce, boolean localInbox, ZoneId providerZone) {

        public DeliverySettings {
            pagesAtOnce = pagesAtOnce == null ? 2 : pagesAtOnce;
            if (lease.compareTo(sendTimeout.multipliedBy(3)) <= 0) {
                throw new IllegalArgumentException("notification.delivery.lease (" + lease + ") must be longer than three "
                        + "send timeouts (" + sendTimeout + "): a reminder is asked about and sent on two channels under one lease");
            }
        }

        DeliveryPolicy policy() {
            return new DeliveryPolicy(lease, attemptsPerChannel, firstBackoff, maxBackoff, receiptWait);
        }
    }

    /**
     * Provider accounts by office id or developer id (never in git: the environment or the secrets file),
     * and the token the SMS providers' receipt callbacks carry.
     */
    @ConfigurationProperties("notification")
    public record Accounts(Map<String, ProviderSettings> accounts, String receiptToken) {

        public Accounts {
            accounts = accounts == null ? Map.of() : accounts;
        }
    }

    @Bean
    MongoLocalInbox localInbox(MongoTemplate mongo, Clock clock) {
        return new MongoLocalInbox(mongo, clock);
    }

    @Bean
    ProviderChannels deliveryChannels(Accounts accounts, DeliverySettings settings, MongoLocalInbox local) {
        return new ProviderChannels(accounts.accounts(), settings.localInbox() ? local : null, settings.sendTimeout(),
                settings.providerZone());
    }

    @Bean
    ReminderMessages reminderMessages(MongoTemplate mongo) {
        return new MongoReminderMessages(mongo);
    }

    @Bean
    DeliveryRates deliveryRates(MongoTemplate mongo) {
        return new MongoDeliveryRates(mongo);
    }

    /** @param maxDays the longest period one request for delivery rates may ask for */
    @Bean
    ViewingDeliveryRates viewingDeliveryRates(DeliveryRates rates,
            @Value("${notification.delivery-rates.max-days:92}") int maxDays, OfficeDirectory offices) {
        return new ViewingDeliveryRates(rates, maxDays, offices);
    }

    @Bean
    DispatchingReminders dispatchingReminders(ReminderScheduleRepository schedules, DueReminders queue,
            ProviderChannels channels, ReminderMessages messages, DeliveryRates rates, DeliverySettings settings,
            ReminderPolicies offices) {
        return new DispatchingReminders(schedules, queue, channels, messages, rates, settings.policy(), offices,
                instanceName(), settings.bucket(), settings.parallelism(), settings.pagesAtOnce());
    }

    @Bean
    PeriodicJob reminderDispatchJob(DispatchingReminders dispatching, DueReminders queue, DeliverySettings settings) {
        return ReminderJobs.dispatch(dispatching, queue, settings.interval());
    }

    @Bean
    RecordingReceipts recordingReceipts(ReminderScheduleRepository schedules, ReminderMessages messages,
            DueReminders queue, DeliveryRates rates, ReminderPolicies offices) {
        return new RecordingReceipts(schedules, messages, queue, rates, offices);
    }

    @Bean
    ViewingInbox viewingInbox(MongoLocalInbox inbox) {
        return new ViewingInbox(inbox);
    }

    private static String instanceName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host + "/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }
}
