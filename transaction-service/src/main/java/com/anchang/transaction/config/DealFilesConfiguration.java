package com.anchang.transaction.config;

import com.anchang.transaction.adapter.persistence.MongoDealFiles;
import com.anchang.transaction.application.KeepingDealFiles;
import com.anchang.transaction.domain.DealRepository;
import jakarta.servlet.MultipartConfigElement;
import java.time.Clock;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.util.unit.DataSize;

/**
 * A deal's uploaded files (DEAL-4). One setting, {@code transaction.files.max-size}, limits both this
 * service's own check and the servlet container's multipart parsing (this configuration's
 * {@link MultipartConfigElement} replaces {@code spring.servlet.multipart.*}), so a 20 MB upload is cut
 * off while it is read and answered 413 naming the field. Parts are kept in memory, never in a temporary
 * file: an ID copy does not linger on the server's disk.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DealFilesConfiguration.FilesProperties.class)
public class DealFilesConfiguration {

    /** Room for the other form fields and the multipart framing around the file. */
    static final DataSize FRAMING = DataSize.ofKilobytes(64);

    /**
     * @param maxSize the largest file a deal keeps; at most 15 MB, so the file and its description fit in
     *                one MongoDB document (16 MB)
     */
    @ConfigurationProperties("transaction.files")
    public record FilesProperties(DataSize maxSize) {

        static final DataSize CEILING = DataSize.ofMegabytes(15);

        public FilesProperties {
            maxSize = maxSize == null ? DataSize.ofMegabytes(5) : maxSize;
            if (maxSize.toBytes() <= 0 || maxSize.compareTo(CEILING) > 0) {
                throw new IllegalArgumentException("transaction.files.max-size must be more than 0 and at most "
                        + CEILING.toMegabytes() + "MB (a file is stored in one MongoDB document), not " + maxSize);
            }
        }
    }

    @Bean
    MultipartConfigElement multipartConfigElement(FilesProperties properties) {
        MultipartConfigFactory factory = new MultipartConfigFactory();
        DataSize request = DataSize.ofBytes(properties.maxSize().toBytes() + FRAMING.toBytes());
        factory.setMaxFileSize(properties.maxSize());
        factory.setMaxRequestSize(request);
        factory.setFileSizeThreshold(request);
        return factory.createMultipartConfig();
    }

    @Bean
    MongoDealFiles mongoDealFiles(MongoTemplate mongo) {
        return new MongoDealFiles(mongo);
    }

    @Bean
    KeepingDealFiles keepingDealFiles(DealRepository deals, MongoDealFiles files, Clock clock, FilesProperties properties) {
        return new KeepingDealFiles(deals, files, files, clock, properties.maxSize().toBytes());
    }
}
