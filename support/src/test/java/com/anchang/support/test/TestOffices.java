package com.anchang.support.test;

import com.anchang.support.security.Caller;
import com.anchang.support.tenancy.OfficeDirectory;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The offices of a service under test, as identity-service's {@code identity.office-opened} would have told its
 * office directory (ADR 32): those of {@link AuthorizationMatrix} ({@link #KNOWN}, among them an idle office
 * no token names) are told at start. An office the directory was not told of is seen by the head office of a
 * developer whose staff a token signed by {@link TestTokens} named there, so a test that reads an office as
 * its head office needs no office events; an office no token named and nobody told stays unknown. A test tells
 * another office with {@link #open} (or the directory's {@code opened}); what the directory was told decides.
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

    @Bean
    static BeanPostProcessor officesOfTestTokens() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof OfficeDirectory told ? new WithTokensOffices(told) : bean;
            }
        };
    }

    /** What the directory was told; for an office it was not told of, the offices the test tokens named. */
    record WithTokensOffices(OfficeDirectory told) implements OfficeDirectory {

        @Override
        public Optional<String> developerOf(String officeId) {
            return told.developerOf(officeId);
        }

        @Override
        public void opened(String officeId, String developerId) {
            told.opened(officeId, developerId);
        }

        @Override
        public boolean sees(Caller caller, String officeId) {
            if (told.sees(caller, officeId)) {
                return true;
            }
            return caller.headOffice() && told.developerOf(officeId).isEmpty()
                    && TestTokens.namedAt(caller.developerId(), officeId);
        }
    }
}
