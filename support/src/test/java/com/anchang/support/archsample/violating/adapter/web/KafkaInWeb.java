package com.anchang.support.archsample.violating.adapter.web;

public class KafkaInWeb {
    org.springframework.kafka.core.KafkaTemplate<String, String> kafka;
}
