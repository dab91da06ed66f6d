package com.anchang.support.archsample.conforming.adapter.messaging;

import com.anchang.events.lead.LeadRegistered;
import org.apache.kafka.clients.consumer.ConsumerRecord;

public class PlotEvents {
    void on(ConsumerRecord<String, String> record, LeadRegistered registered) {
    }
}
