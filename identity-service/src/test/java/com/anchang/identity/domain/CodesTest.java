package com.anchang.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.anchang.support.problem.InvalidInputException;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CodesTest {

    @Test
    @DisplayName("a developer and its offices may be registered under their own ids, or get generated ones")
    void ownOrGeneratedIds() {
        Developer huaxin = Developer.register("dev-huaxin", " 华信置业 ");
        Office binjiang = Office.open("office-binjiang", huaxin, "滨江壹号售楼处", ZoneId.of("Asia/Shanghai"));

        assertThat(huaxin.id()).isEqualTo("dev-huaxin");
        assertThat(huaxin.name()).isEqualTo("华信置业");
        assertThat(binjiang.id()).isEqualTo("office-binjiang");
        assertThat(binjiang.developerId()).isEqualTo("dev-huaxin");
        assertThat(Developer.register("华信").id()).startsWith("dev-");
    }

    @Test
    @DisplayName("an own id must be 3-64 lower-case letters, digits or dashes")
    void malformedIdsAreRefused() {
        for (String bad : new String[] {"Dev Huaxin", "-dev", "ab", "dev_huaxin", "x".repeat(65)}) {
            assertThatThrownBy(() -> Developer.register(bad, "name")).as(bad)
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("id"));
        }
    }
}
