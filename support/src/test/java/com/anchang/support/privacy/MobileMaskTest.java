package com.anchang.support.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.DisplayName;

class MobileMaskTest {

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', value = {
            "13812345678       | 138****5678",
            "+86 138 1234 5678 | 138****5678",
            "+8613812345678    | 138****5678",
            "0086 13812345678  | 138****5678",
            "138-1234-5678     | 138****5678",
            "138 1234 5678     | 138****5678",
            "12345678          | 123****5678",
            "1234567           | ****",
            "''                | ****"})
    @DisplayName("LEAD-10: a masked mobile shows the first three and last four digits of the national number, separators and +86 dropped; a short number shows nothing")
    void masks(String mobile, String masked) {
        assertThat(MobileMask.mask(mobile)).isEqualTo(masked);
    }
}
