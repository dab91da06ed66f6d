package com.anchang.transaction.config;

import com.anchang.transaction.application.DealSteps;
import com.anchang.transaction.application.ViewingDeals;
import com.anchang.transaction.application.print.Printing;
import com.anchang.transaction.application.print.PrintingDealPapers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A deal's paper printed from what the deal recorded: receipts, the subscription, the overdue notice. */
@Configuration(proxyBeanMethods = false)
public class DealPapersConfiguration {

    @Bean
    PrintingDealPapers printingDealPapers(ViewingDeals viewing, DealSteps steps, Printing printing,
            PrintConfiguration.PrintProperties properties) {
        return new PrintingDealPapers(viewing, steps, printing, properties::officeName);
    }
}
