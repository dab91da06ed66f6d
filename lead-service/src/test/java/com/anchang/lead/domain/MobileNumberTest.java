package com.anchang.lead.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.anchang.support.problem.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MobileNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"+86 138 1234 5678", "13812345678", "138-1234-5678", " 138 1234 5678 ", "+8613812345678"})
    @DisplayName("LEAD-1: the ways a consultant types one mainland mobile all normalise to the same 11 digits")
    void normalises(String typed) {
        assertThat(MobileNumber.parse(typed)).isEqualTo(new MobileNumber("13812345678"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"010-6552 9988", "+86 21 6432 1234", "0571-8888 6666"})
    @DisplayName("LEAD-1: a landline cannot identify a customer and is refused naming the mobile field")
    void refusesLandlines(String landline) {
        assertThatThrownBy(() -> MobileNumber.parse(landline))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("mobile");
                    assertThat(e.getMessage()).contains("not a mobile number");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"hello", "1381234567", "138123456789", "+1 650 253 0000", "+852 9123 4567", "12345678901", ""})
    @DisplayName("LEAD-1: garbage, wrong lengths and numbers outside mainland China are refused naming the mobile field")
    void refusesGarbage(String typed) {
        assertThatThrownBy(() -> MobileNumber.parse(typed))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("mobile"));
    }

    @Test
    @DisplayName("LEAD-10: a mobile number prints masked (in logs and refusals), never in full")
    void printsMasked() {
        MobileNumber mobile = MobileNumber.parse("+86 138 1234 5678");
        assertThat(mobile.toString()).isEqualTo(mobile.masked()).doesNotContain("1234");
    }
}
