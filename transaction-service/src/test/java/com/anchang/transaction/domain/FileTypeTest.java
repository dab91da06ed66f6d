package com.anchang.transaction.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.anchang.support.problem.InvalidInputException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileTypeTest {

    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D};
    static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] WINDOWS_EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
    static final byte[] ELF = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0};

    static void refused(String message, Runnable check) {
        assertThatThrownBy(check::run).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo("file");
            assertThat(e.getMessage()).contains(message);
        });
    }

    @ParameterizedTest(name = "{0} declared {1}, named {2}")
    @DisplayName("DEAL-4: a JPEG, PNG or PDF is known by its content, whatever it is declared or named if that agrees")
    @CsvSource(nullValues = "-", textBlock = """
            JPEG, image/jpeg,               id-front.jpg
            JPEG, image/pjpeg,              ID.JPEG
            JPEG, application/octet-stream, -
            PNG,  image/png,                scan.png
            PNG,  -,                        scan
            PDF,  application/pdf;version=1.7, 委托书.pdf
            """)
    void knownByContent(FileType expected, String declared, String name) {
        byte[] content = switch (expected) {
            case JPEG -> JPEG;
            case PNG -> PNG;
            case PDF -> PDF;
        };
        assertThat(FileType.check("file", content, declared, name)).isEqualTo(expected);
    }

    @Test
    @DisplayName("DEAL-4: an executable is refused as such, whatever it is called")
    void executablesRefused() {
        refused("executable (Windows PE)", () -> FileType.check("file", WINDOWS_EXE, "image/jpeg", "id.jpg"));
        refused("executable (ELF)", () -> FileType.check("file", ELF, null, null));
        refused("executable (script)", () -> FileType.check("file", "#!/bin/sh\nrm -rf /".getBytes(), "application/pdf", "a.pdf"));
    }

    @Test
    @DisplayName("DEAL-4: content that is none of the three, or nothing at all, is refused")
    void unknownOrEmptyRefused() {
        refused("not a JPEG, PNG or PDF", () -> FileType.check("file", "GIF89a...".getBytes(), "image/gif", "id.gif"));
        refused("not a JPEG, PNG or PDF", () -> FileType.check("file", "<html><script>".getBytes(), "text/html", null));
        refused("is empty", () -> FileType.check("file", new byte[0], "image/png", "id.png"));
    }

    @Test
    @DisplayName("DEAL-4: a declared type or a file-name extension that disagrees with the content is refused")
    void mismatchRefused() {
        refused("declared as image/png but its content is application/pdf",
                () -> FileType.check("file", PDF, "image/png", "scan.png"));
        refused("named .exe but its content is image/jpeg", () -> FileType.check("file", JPEG, null, "C:\\tmp\\id.exe"));
        refused("named .png but its content is image/jpeg", () -> FileType.check("file", JPEG, "image/jpeg", "id.png"));
    }
}
