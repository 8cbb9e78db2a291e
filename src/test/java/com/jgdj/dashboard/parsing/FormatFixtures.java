package com.jgdj.dashboard.parsing;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Range;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Builds .doc and .pdf files in tests, reproducibly and with our own text. A .doc is Apache POI's empty Word 97
 * document (test data of the POI project, Apache License 2.0, in {@code src/test/resources/formats}) with the
 * paragraphs inserted by HWPF. A PDF writes Chinese with the font every Chinese PDF reader knows without
 * embedding (STSong-Light, encoding UniGB-UCS2-H), so no font file is needed and the text layer is exact.
 */
public final class FormatFixtures {

    private FormatFixtures() {
    }

    public static byte[] resource(String name) {
        try (InputStream in = FormatFixtures.class.getResourceAsStream("/formats/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource formats/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Word 97 .doc with these paragraphs (lines of {@code text}). */
    public static byte[] doc(String text) {
        try (HWPFDocument doc = new HWPFDocument(new ByteArrayInputStream(resource("poi-empty.doc")));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Range range = doc.getRange();
            range.getParagraph(0).insertBefore(text.strip().replace("\n", "\r") + "\r");
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF with a text layer: each page one list of lines. */
    public static byte[] pdf(List<List<String>> pages) {
        try (PDDocument doc = textPdf(pages)) {
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF with the lines of {@code text} on one page. */
    public static byte[] pdf(String text) {
        return pdf(List.of(text.strip().lines().toList()));
    }

    /** The same PDF opened only with the password "secret". */
    public static byte[] encryptedPdf(String text) {
        try (PDDocument doc = textPdf(List.of(text.strip().lines().toList()))) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A scan: one page with a picture of a page and no text. */
    public static byte[] scannedPdf() {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            BufferedImage image = new BufferedImage(200, 260, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 200, 260);
            g.setColor(Color.BLACK);
            for (int y = 20; y < 240; y += 12) {
                g.fillRect(20, y, 160, 4);
            }
            g.dispose();
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(LosslessFactory.createFromImage(doc, image), 50, 400, 400, 520);
            }
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Blank pages only. */
    public static byte[] blankPages(int count) {
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < count; i++) {
                doc.addPage(new PDPage());
            }
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One page whose content stream inflates to {@code inflatedBytes} of spaces (small on disk). */
    public static byte[] inflatedPdf(long inflatedBytes) {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDStream stream = new PDStream(doc);
            try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                byte[] spaces = new byte[1 << 20];
                java.util.Arrays.fill(spaces, (byte) ' ');
                for (long written = 0; written < inflatedBytes; written += spaces.length) {
                    out.write(spaces);
                }
            }
            page.setContents(stream);
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDDocument textPdf(List<List<String>> pages) throws IOException {
        PDDocument doc = new PDDocument();
        COSDictionary font = songFont();
        for (List<String> lines : pages) {
            PDPage page = new PDPage();
            PDResources resources = new PDResources();
            COSDictionary fonts = new COSDictionary();
            fonts.setItem("F1", font);
            resources.getCOSObject().setItem(COSName.FONT, fonts);
            page.setResources(resources);
            StringBuilder content = new StringBuilder("BT /F1 11 Tf 50 740 Td 16 TL\n");
            for (String line : lines) {
                content.append('<');
                for (char c : line.toCharArray()) {
                    content.append(String.format("%04X", (int) c));
                }
                content.append("> Tj T*\n");
            }
            content.append("ET\n");
            PDStream stream = new PDStream(doc);
            try (OutputStream out = stream.createOutputStream()) {
                out.write(content.toString().getBytes(StandardCharsets.US_ASCII));
            }
            page.setContents(stream);
            doc.addPage(page);
        }
        return doc;
    }

    private static COSDictionary songFont() {
        COSDictionary info = new COSDictionary();
        info.setString(COSName.REGISTRY, "Adobe");
        info.setString(COSName.ORDERING, "GB1");
        info.setInt(COSName.SUPPLEMENT, 4);
        COSDictionary descriptor = new COSDictionary();
        descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
        descriptor.setName(COSName.FONT_NAME, "STSong-Light");
        descriptor.setInt(COSName.FLAGS, 6);
        COSDictionary cid = new COSDictionary();
        cid.setItem(COSName.TYPE, COSName.FONT);
        cid.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE0);
        cid.setName(COSName.BASE_FONT, "STSong-Light");
        cid.setItem(COSName.CIDSYSTEMINFO, info);
        cid.setItem(COSName.FONT_DESC, descriptor);
        COSArray descendants = new COSArray();
        descendants.add(cid);
        COSDictionary font = new COSDictionary();
        font.setItem(COSName.TYPE, COSName.FONT);
        font.setItem(COSName.SUBTYPE, COSName.TYPE0);
        font.setName(COSName.BASE_FONT, "STSong-Light-UniGB-UCS2-H");
        font.setName(COSName.ENCODING, "UniGB-UCS2-H");
        font.setItem(COSName.DESCENDANT_FONTS, descendants);
        return font;
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }
}
