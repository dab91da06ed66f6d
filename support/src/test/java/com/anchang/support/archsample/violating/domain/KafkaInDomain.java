package com.anchang.support.archsample.violating.domain;

public class KafkaInDomain {
    org.apache.kafka.common.TopicPartition partition;
}
