package com.anchang.support.test;

import com.anchang.support.tenancy.OfficeDirectory;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The offices the tests' tokens speak of ({@link AuthorizationMatrix}'s), told to the service's office
 * directory at start as identity-service's {@code identity.office-opened} would have told them. A test
 * reading another office as head office tells it with {@link #open}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestOffices {

    /** Office id → developer id. */
    public static final Map<String, String> KNOWN = Map.of(
            AuthorizationMatrix.HOME_OFFICE, AuthorizationMatrix.HOME_DEVELOPER,
            AuthorizationMatrix.AWAY_OFFICE, AuthorizationMatrix.HOME_DEVELOPER,
            AuthorizationMatrix.IDLE_OFFICE, AuthorizationMatrix.HOME_DEVELOPER,
            AuthorizationMatrix.OTHER_DEVELOPERS_OFFICE, AuthorizationMatrix.OTHER_DEVELOPER);

    /** Tells the directory, if the service keeps one, that these offices were opened (office id → developer id). */
    public static void open(ObjectProvider<OfficeDirectory> directory, Map<String, String> offices) {
        directory.ifAvailable(d -> offices.forEach(d::opened));
    }

    @Bean
    SmartInitializingSingleton matrixOfficesOpened(ObjectProvider<OfficeDirectory> directory) {
        return () -> open(directory, KNOWN);
    }
}
