package com.anchang.transaction.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.transaction.application.print.Printing;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class PrintConfigurationTest {

    final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(PrintConfiguration.class);

    @Test
    @DisplayName("by default the service prints with the font shipped in its jar")
    void shippedFont() {
        context.run(started -> assertThat(started).hasNotFailed().hasSingleBean(Printing.class));
    }

    @Test
    @DisplayName("a configured font that does not exist stops the start, naming the setting")
    void missingFont() {
        context.withPropertyValues("transaction.print.font=file:/nonexistent/fonts/simsun.ttf")
                .run(started -> assertThat(started).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("transaction.print.font=file:/nonexistent/fonts/simsun.ttf")
                        .hasMessageContaining("no such file"));
    }

    @Test
    @DisplayName("a configured font without Chinese glyphs (PDFBox's own Liberation Sans) stops the start, naming what it lacks")
    void fontWithoutChinese() {
        context.withPropertyValues("transaction.print.font=classpath:org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")
                .run(started -> assertThat(started).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("LiberationSans").hasMessageContaining("has no glyphs for 人民币"));
    }
}
