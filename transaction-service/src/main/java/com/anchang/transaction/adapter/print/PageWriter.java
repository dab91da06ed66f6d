package com.anchang.transaction.adapter.print;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

/**
 * Writes a printed sheet top to bottom: lines of text in the embedded font, label–value rows whose values
 * wrap, rules, signature lines; a new page when one is full; a watermark across every page at the end.
 * A character the font has no glyph for stops the printing with the text that held it, rather than
 * printing a legal paper with a gap in it.
 */
final class PageWriter {

    static final float BODY = 10.5f;
    private static final float LEADING = 1.55f;
    /** Where the values of label–value rows start, in characters of the body size. */
    private static final int LABEL_COLUMN = 7;
    private static final Color INK = new Color(0x1a, 0x1a, 0x1a);
    private static final Color MUTED = new Color(0x55, 0x55, 0x55);

    private final PDDocument document;
    private final PDType0Font font;
    private final PDRectangle size;
    private final float margin;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream out;
    private float y;

    PageWriter(PDDocument document, PDType0Font font, PDRectangle size, float margin) {
        this.document = document;
        this.font = font;
        this.size = size;
        this.margin = margin;
        newPage();
    }

    float width() {
        return size.getWidth() - 2 * margin;
    }

    /** A line of text centred on the page. */
    void centred(String text, float fontSize) {
        need(fontSize * LEADING);
        y -= fontSize * LEADING;
        show(text, (size.getWidth() - width(text, fontSize)) / 2, y, fontSize, INK);
    }

    /** A short line split in two: {@code left} at the margin, {@code right} against the right margin. */
    void split(String left, String right, float fontSize) {
        need(fontSize * LEADING);
        y -= fontSize * LEADING;
        show(left, margin, y, fontSize, INK);
        show(right, size.getWidth() - margin - width(right, fontSize), y, fontSize, INK);
    }

    /** A label and its value; the values of all rows start in one column and wrap under themselves. */
    void row(String label, String value) {
        float labelWidth = Math.max(width(label, BODY), LABEL_COLUMN * BODY);
        List<String> lines = wrap(value, width() - labelWidth);
        for (int i = 0; i < lines.size(); i++) {
            need(BODY * LEADING);
            y -= BODY * LEADING;
            if (i == 0) {
                show(label, margin, y, BODY, MUTED);
            }
            show(lines.get(i), margin + labelWidth, y, BODY, INK);
        }
    }

    /** Text over the whole width, wrapped; {@code indent} for the lines after the first too. */
    void paragraph(String text, float fontSize, float indent) {
        for (String line : wrap(text, width() - indent, fontSize)) {
            need(fontSize * LEADING);
            y -= fontSize * LEADING;
            show(line, margin + indent, y, fontSize, INK);
        }
    }

    /** A small grey note over the whole width. */
    void note(String text) {
        for (String line : wrap(text, width(), BODY - 2)) {
            need((BODY - 2) * LEADING);
            y -= (BODY - 2) * LEADING;
            show(line, margin, y, BODY - 2, MUTED);
        }
    }

    /** Signature blanks side by side: "label：________" each. */
    void signatures(String... labels) {
        need(BODY * LEADING * 2.5f);
        y -= BODY * LEADING * 2.5f;
        float column = width() / labels.length;
        for (int i = 0; i < labels.length; i++) {
            float x = margin + i * column;
            show(labels[i], x, y, BODY, INK);
            float start = x + width(labels[i], BODY) + 2;
            line(start, y - 2, x + column - 12, y - 2, 0.6f);
        }
    }

    void gap(float points) {
        y -= points;
    }

    /** A thin line across the width. */
    void rule() {
        need(6);
        y -= 5;
        line(margin, y, size.getWidth() - margin, y, 0.5f);
    }

    /** {@code text} large and faint across every page, and {@code corner} in red at each page's top right. */
    void watermark(String text, String corner) {
        for (PDPage page : pages) {
            try (PDPageContentStream over = new PDPageContentStream(document, page, AppendMode.APPEND, true, true)) {
                PDExtendedGraphicsState faint = new PDExtendedGraphicsState();
                faint.setNonStrokingAlphaConstant(0.22f);
                over.saveGraphicsState();
                over.setGraphicsStateParameters(faint);
                if (!text.isEmpty()) {
                    float fontSize = Math.min(size.getWidth(), size.getHeight()) / (text.codePointCount(0, text.length()) + 1.5f);
                    double angle = Math.atan2(size.getHeight(), size.getWidth());
                    float w = width(text, fontSize);
                    float cx = size.getWidth() / 2;
                    float cy = size.getHeight() / 2;
                    float x = (float) (cx - Math.cos(angle) * w / 2 + Math.sin(angle) * fontSize / 3);
                    float yy = (float) (cy - Math.sin(angle) * w / 2 - Math.cos(angle) * fontSize / 3);
                    over.beginText();
                    over.setFont(font, fontSize);
                    over.setNonStrokingColor(Color.RED);
                    over.setTextMatrix(Matrix.getRotateInstance(angle, x, yy));
                    over.showText(text);
                    over.endText();
                }
                over.restoreGraphicsState();
                if (!corner.isEmpty()) {
                    float cornerSize = BODY;
                    over.beginText();
                    over.setFont(font, cornerSize);
                    over.setNonStrokingColor(Color.RED);
                    over.newLineAtOffset(size.getWidth() - margin - width(corner, cornerSize), size.getHeight() - margin / 2);
                    over.showText(corner);
                    over.endText();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void need(float height) {
        if (y - height < margin) {
            close();
            newPage();
        }
    }

    private void newPage() {
        PDPage page = new PDPage(size);
        document.addPage(page);
        pages.add(page);
        try {
            out = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = size.getHeight() - margin;
    }

    private void show(String text, float x, float atY, float fontSize, Color color) {
        try {
            out.beginText();
            out.setFont(font, fontSize);
            out.setNonStrokingColor(color);
            out.newLineAtOffset(x, atY);
            out.showText(text);
            out.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void line(float x1, float y1, float x2, float y2, float thickness) {
        try {
            out.setLineWidth(thickness);
            out.setStrokingColor(MUTED);
            out.moveTo(x1, y1);
            out.lineTo(x2, y2);
            out.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private float width(String text, float fontSize) {
        try {
            return font.getStringWidth(text) / 1000 * fontSize;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot print \"" + text + "\": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> wrap(String text, float maxWidth) {
        return wrap(text, maxWidth, BODY);
    }

    /** Lines of {@code text} no wider than {@code maxWidth}, broken between characters (Chinese has no spaces). */
    private List<String> wrap(String text, float maxWidth, float fontSize) {
        width(text, fontSize); // a missing glyph is reported with the whole text, not a fragment of it
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < paragraph.length(); ) {
                int cp = paragraph.codePointAt(i);
                String next = line.toString() + Character.toString(cp);
                if (line.length() > 0 && width(next, fontSize) > maxWidth) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.appendCodePoint(cp);
                i += Character.charCount(cp);
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
