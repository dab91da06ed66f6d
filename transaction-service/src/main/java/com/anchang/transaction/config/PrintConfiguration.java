package com.anchang.transaction.config;

import com.anchang.transaction.adapter.print.CjkFont;
import com.anchang.transaction.adapter.print.PdfPrinting;
import com.anchang.transaction.application.print.Printing;
import java.io.IOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * Printing receipts and subscriptions as PDF (DEAL-2, DEAL-4). The Chinese font is read and checked when
 * the service starts: a missing or unusable font stops the start with the setting and location named,
 * rather than failing the first receipt of the day.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PrintConfiguration.PrintProperties.class)
public class PrintConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PrintConfiguration.class);

    /**
     * @param font     where the TrueType font (.ttf or .ttc) is: a Spring resource location, by default the
     *                 WenQuanYi Micro Hei shipped in the jar ({@code classpath:fonts/wqy-microhei.ttc},
     *                 Apache-2.0, see fonts/wqy-microhei.NOTICE); {@code file:/path/to/font.ttf} for another
     * @param fontFace the face's PostScript name within a collection; blank for a .ttf or the first face
     * @param officeNames each office's name as its receipts and subscriptions print it, by office id; an office
     *                    not named here prints its id
     */
    @ConfigurationProperties("transaction.print")
    public record PrintProperties(String font, String fontFace, Map<String, String> officeNames) {

        public PrintProperties {
            if (font == null || font.isBlank()) {
                font = "classpath:fonts/wqy-microhei.ttc";
                fontFace = fontFace == null ? "WenQuanYiMicroHei" : fontFace;
            }
            officeNames = officeNames == null ? Map.of() : Map.copyOf(officeNames);
        }

        /** The office's name as its papers print it: the one configured, else its id. */
        public String officeName(String officeId) {
            return officeNames.getOrDefault(officeId, officeId);
        }
    }

    @Bean
    CjkFont printingFont(PrintProperties properties, ResourceLoader resources) {
        String source = "transaction.print.font=" + properties.font();
        Resource resource = resources.getResource(properties.font());
        if (!resource.exists()) {
            throw new IllegalStateException(source + ": no such file; receipts cannot be printed without a Chinese font");
        }
        CjkFont font;
        try {
            font = CjkFont.load(source, resource.getInputStream(), properties.fontFace());
        } catch (IOException e) {
            throw new IllegalStateException(source + ": cannot be read: " + e.getMessage(), e);
        }
        log.info("printing with the font {}", font.describe());
        return font;
    }

    @Bean
    Printing printing(CjkFont printingFont) {
        return new PdfPrinting(printingFont);
    }

}
