package com.anchang.transaction.domain;

import com.anchang.support.problem.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file a deal accepts, known by their content — the first bytes — and never by the name or
 * the type the uploader declares: JPEG, PNG and PDF. Anything else is refused, an executable by name; a
 * declared type or a file-name extension that disagrees with the content is refused too.
 */
public enum FileType {
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "jpg", "jpeg"),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, "png"),
    PDF("application/pdf", "%PDF-".getBytes(StandardCharsets.US_ASCII), "pdf");

    private final String mediaType;
    private final byte[] magic;
    private final String[] extensions;

    FileType(String mediaType, byte[] magic, String... extensions) {
        this.mediaType = mediaType;
        this.magic = magic;
        this.extensions = extensions;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The type the content is, if it is one of these. */
    public static Optional<FileType> of(byte[] content) {
        for (FileType type : values()) {
            if (startsWith(content, type.magic)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /**
     * The type of an uploaded file, checked against what the uploader said it is.
     *
     * @param field          the request field the file came in, named in a refusal
     * @param declaredType   the media type the upload declared; null, blank or application/octet-stream says nothing
     * @param fileName       the uploader's file name; its extension, when it has one, must fit the content
     * @throws InvalidInputException naming {@code field} for an empty file, an executable, an unknown
     *     type, or a declared type or extension that disagrees with the content
     */
    public static FileType check(String field, byte[] content, String declaredType, String fileName) {
        if (content == null || content.length == 0) {
            throw new InvalidInputException(field, "is empty");
        }
        Optional<String> executable = executable(content);
        if (executable.isPresent()) {
            throw new InvalidInputException(field, "is an executable (" + executable.get() + "), not a JPEG, PNG or PDF");
        }
        FileType type = of(content).orElseThrow(() ->
                new InvalidInputException(field, "is not a JPEG, PNG or PDF (judged by its content)"));
        String declared = declaredType == null ? "" : declaredType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (!declared.isEmpty() && !declared.equals("application/octet-stream") && !declared.equals(type.mediaType)
                && !(type == JPEG && declared.equals("image/pjpeg"))) {
            throw new InvalidInputException(field, "is declared as " + declared + " but its content is " + type.mediaType);
        }
        String extension = extension(fileName);
        if (!extension.isEmpty() && Arrays.stream(type.extensions).noneMatch(extension::equals)) {
            throw new InvalidInputException(field, "is named ." + extension + " but its content is " + type.mediaType);
        }
        return type;
    }

    private static Optional<String> executable(byte[] content) {
        if (startsWith(content, new byte[] {'M', 'Z'})) {
            return Optional.of("Windows PE");
        }
        if (startsWith(content, new byte[] {0x7F, 'E', 'L', 'F'})) {
            return Optional.of("ELF");
        }
        if (startsWith(content, new byte[] {(byte) 0xCF, (byte) 0xFA, (byte) 0xED, (byte) 0xFE})
                || startsWith(content, new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE})) {
            return Optional.of("Mach-O or Java class");
        }
        if (startsWith(content, new byte[] {'#', '!'})) {
            return Optional.of("script");
        }
        return Optional.empty();
    }

    private static String extension(String fileName) {
        if (fileName == null) {
            return "";
        }
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}
