package com.anchang.transaction.adapter.print;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The TrueType font (a .ttf, or one face of a .ttc collection) whose glyphs are embedded, as a subset, in
 * every printed page, so Chinese text renders the same in any PDF viewer. The file is read once, when the
 * service starts, and checked to hold the glyphs a receipt cannot do without; each document then parses
 * its own copy, so documents can be printed on several threads at once.
 */
public final class CjkFont {

    /** Text every printed page uses: a font without these glyphs cannot print a receipt. */
    static final String PROBE = "人民币零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整收款收据认购书￥¥0123456789ABC（），：。";

    private final byte[] file;
    private final String face;
    private final String source;

    private CjkFont(byte[] file, String face, String source) {
        this.file = file;
        this.face = face;
        this.source = source;
    }

    /**
     * Reads and checks the font; a file that is missing, is not TrueType, lacks the face or lacks the
     * glyphs is refused with an {@link IllegalStateException} naming {@code source}.
     *
     * @param face the face's PostScript name in a collection; blank for a single font or the first face
     */
    public static CjkFont load(String source, InputStream in, String face) {
        Objects.requireNonNull(source, "source");
        CjkFont font;
        try (in) {
            font = new CjkFont(in.readAllBytes(), face == null ? "" : face.strip(), source);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot read the font for printing from " + source + ": " + e.getMessage(), e);
        }
        String name;
        String missing;
        try (Opened opened = font.open()) {
            name = opened.ttf().getName();
            CmapLookup cmap = opened.ttf().getUnicodeCmapLookup();
            missing = PROBE.codePoints()
                    .filter(cp -> cmap.getGlyphId(cp) == 0)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("the font for printing from " + source + " is not a usable TrueType font"
                    + " or collection: " + e.getMessage(), e);
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("the font for printing from " + source + " (" + name
                    + ") has no glyphs for " + missing + ": receipts need a Chinese (CJK) font");
        }
        return font;
    }

    /** The font's name and where it was read from, for logs. */
    public String describe() {
        return (face.isEmpty() ? "first face" : face) + " of " + source + " (" + file.length + " bytes)";
    }

    /** The font for one document, embedded as a subset when the document is saved. Close it after saving. */
    Opened open() throws IOException {
        if (isCollection()) {
            TrueTypeCollection collection = new TrueTypeCollection(new ByteArrayInputStream(file));
            try {
                TrueTypeFont ttf = face.isEmpty() ? first(collection) : collection.getFontByName(face);
                if (ttf == null) {
                    throw new IOException("the collection has no face named " + face);
                }
                return new Opened(ttf, collection);
            } catch (IOException | RuntimeException e) {
                collection.close();
                throw e;
            }
        }
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(file));
        return new Opened(ttf, ttf);
    }

    private boolean isCollection() {
        return file.length > 4 && Arrays.equals(Arrays.copyOf(file, 4), "ttcf".getBytes(StandardCharsets.US_ASCII));
    }

    private static TrueTypeFont first(TrueTypeCollection collection) throws IOException {
        TrueTypeFont[] first = new TrueTypeFont[1];
        collection.processAllFonts(ttf -> {
            if (first[0] == null) {
                first[0] = ttf;
            }
        });
        return first[0];
    }

    /** One document's parse of the font. */
    record Opened(TrueTypeFont ttf, Closeable owner) implements Closeable {

        PDType0Font embedIn(PDDocument document) throws IOException {
            return PDType0Font.load(document, ttf, true);
        }

        @Override
        public void close() throws IOException {
            owner.close();
        }
    }
}
