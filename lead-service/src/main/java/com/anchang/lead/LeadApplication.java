package com.anchang.lead;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class LeadApplication {

    public static void main(String[] args) {
        SpringApplication.run(LeadApplication.class, args);
    }
}
