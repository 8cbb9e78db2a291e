package com.jgdj.dashboard.parsing;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a .txt file: BOM first, then strict UTF-8, then the detector's guess confirmed by a strict decode.
 * Chinese Windows saves GBK, which GB18030 decodes; we report it as GB18030.
 */
final class TxtDecoder {

    record Decoded(String text, String encoding) {
    }

    private static final Charset GB18030 = Charset.forName("GB18030");

    private TxtDecoder() {
    }

    static Decoded decode(byte[] bytes) throws ReportReadException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(strict(bytes, 3, StandardCharsets.UTF_8, "UTF-8 after BOM"), "UTF-8");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE after BOM"), "UTF-16LE");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE after BOM"), "UTF-16BE");
        }
        boolean nul = false;
        for (byte b : bytes) {
            if (b == 0) {
                nul = true;
                break;
            }
        }
        if (nul) {
            Decoded utf16 = utf16WithoutBom(bytes);
            if (utf16 != null) {
                return utf16;
            }
            throw binary("NUL bytes in a text file that is not UTF-16");
        }
        String utf8 = tryStrict(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return new Decoded(utf8, "UTF-8");
        }
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        CharsetMatch[] matches = detector.detectAll();
        for (CharsetMatch match : matches) {
            String name = match.getName();
            if (name.equalsIgnoreCase("GB18030") || name.equalsIgnoreCase("GBK") || name.equalsIgnoreCase("GB2312")) {
                String gb = tryStrict(bytes, GB18030);
                if (gb != null) {
                    return new Decoded(gb, "GB18030");
                }
            }
        }
        // The detector may prefer Big5 or a Latin charset for short Chinese texts; GB18030 is still the
        // likeliest source when its strict decode succeeds and yields mostly Chinese characters.
        String gb = tryStrict(bytes, GB18030);
        if (gb != null && mostlyChinese(gb)) {
            return new Decoded(gb, "GB18030");
        }
        String guess = matches.length > 0 ? matches[0].getName() + " (" + matches[0].getConfidence() + ")" : "none";
        throw new ReportReadException("无法识别文件的文字编码，请用 UTF-8 或 GB18030（GBK）编码另存为 .txt 后重新上传",
                "not UTF-8 and no strict GB18030 decode; detector guess " + guess);
    }

    /**
     * Notepad's "Unicode" without BOM. Both byte orders are tried; one is accepted when its strict decode is
     * almost entirely Chinese, ASCII and punctuation, which random binary data never is.
     */
    private static Decoded utf16WithoutBom(byte[] bytes) {
        if (bytes.length % 2 != 0) {
            return null;
        }
        for (Charset charset : new Charset[]{StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            String s = tryStrict(bytes, charset);
            if (s != null && plausibleText(s)) {
                return new Decoded(s, charset == StandardCharsets.UTF_16LE ? "UTF-16LE" : "UTF-16BE");
            }
        }
        return null;
    }

    private static boolean plausibleText(String s) {
        long good = s.chars().filter(c -> (c >= 0x20 && c < 0x7F) || c == '\n' || c == '\r' || c == '\t'
                || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF)
                || (c >= 0x2010 && c <= 0x206F)).count();
        return good * 100 >= s.length() * 97L;
    }

    private static boolean mostlyChinese(String s) {
        long han = s.chars().filter(c -> c >= 0x4E00 && c <= 0x9FFF).count();
        long nonAscii = s.chars().filter(c -> c >= 0x80).count();
        return nonAscii > 0 && han * 10 >= nonAscii * 8;
    }

    static ReportReadException binary(String detail) {
        return new ReportReadException("文件内容不是文本（可能是二进制文件或改了扩展名）。" + ReportFileReader.ACCEPTED,
                detail);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String tryStrict(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String strict(byte[] bytes, int offset, Charset charset, String what) throws ReportReadException {
        String s = tryStrict(java.util.Arrays.copyOfRange(bytes, offset, bytes.length), charset);
        if (s == null) {
            throw new ReportReadException("文件编码有误：文件头标明了编码，但内容无法按该编码读取。请重新另存为 UTF-8 编码的 .txt",
                    "strict decode failed: " + what);
        }
        return s;
    }
}
