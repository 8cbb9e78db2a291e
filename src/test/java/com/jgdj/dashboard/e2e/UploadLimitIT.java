package com.jgdj.dashboard.e2e;

import com.microsoft.playwright.options.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A signed-in liaison's session sends a 60 MB file straight to its upload page's upload address, as a script would
 * (the browser's own 10 MB check is bypassed): the server answers before it reads the body — 413 for a declared
 * length over the limit, 411 for a chunked body without one — stores nothing, and audits the refusal.
 */
class UploadLimitIT extends BrowserTest {

    private static final int SIXTY_MB = 60 * 1024 * 1024;
    private static final String BOUNDARY = "----limit";

    @Autowired
    JdbcClient jdbc;

    private long submissions() {
        return jdbc.sql("select count(*) from submission").query(Long.class).single();
    }

    /** The refusals audited since {@code afterId}: user|unit|detail. */
    private List<String> refusals(long afterId) {
        return jdbc.sql("""
                        select a.username || '|' || u.name || '|' || a.detail
                          from audit_log a left join org_unit u on u.id = a.unit_id
                         where a.action = 'SUBMISSION_REFUSED' and a.id > ? order by a.id""")
                .param(afterId).query(String.class).list();
    }

    private long lastAuditId() {
        return jdbc.sql("select coalesce(max(id), 0) from audit_log").query(Long.class).single();
    }

    /** The reporter's upload page: its session cookie and the single upload's address. */
    private String[] uploadTarget() {
        signIn("reporter");
        open("/upload");
        String target = page.locator("#single-upload").getAttribute("target");
        String cookie = context.cookies().stream().map((Cookie c) -> c.name + "=" + c.value)
                .collect(Collectors.joining("; "));
        return new String[]{target, cookie};
    }

    /** Three files just under the framework's 20 MB per-part limit: 60 MB that the container would parse. */
    @Test
    void a_60_mb_post_with_its_length_is_refused_413_before_its_body_is_read() throws Exception {
        String[] upload = uploadTarget();
        long before = submissions();
        long audited = lastAuditId();
        int part = 20 * 1024 * 1024 - 1024;
        String tail = "--" + BOUNDARY + "--\r\n";
        long length = tail.length();
        for (int i = 0; i < 3; i++) {
            length += partHead(i).length() + part + 2;
        }
        String status = post(upload, "Content-Length: " + length, out -> {
            for (int i = 0; i < 3; i++) {
                out.write(partHead(i).getBytes(StandardCharsets.US_ASCII));
                writeBytes(out, part);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.write(tail.getBytes(StandardCharsets.US_ASCII));
        });
        assertEquals("HTTP/1.1 413 ", status);
        assertEquals(62_911_833, length);
        assertEquals(before, submissions());
        assertEquals(List.of("reporter|团市委机关党总支|上传请求过大（60.0 MB），超过 10.0 MB 的上限，未读取"), refusals(audited));
    }

    private static String partHead(int i) {
        return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file" + i + "\"; filename=\"big" + i
                + ".txt\"\r\nContent-Type: text/plain\r\n\r\n";
    }

    private static void writeBytes(OutputStream out, int count) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        Arrays.fill(buffer, (byte) 'a');
        for (int left = count; left > 0; left -= buffer.length) {
            out.write(buffer, 0, Math.min(left, buffer.length));
        }
    }

    @Test
    void a_60_mb_chunked_post_is_refused_411_before_its_body_is_read() throws Exception {
        String[] upload = uploadTarget();
        long before = submissions();
        long audited = lastAuditId();
        String status = post(upload, "Transfer-Encoding: chunked", out -> {
            out.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.txt\"\r\n"
                    + "Content-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            writeMegabytes(out, 60, true);
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        });
        assertEquals("HTTP/1.1 411 ", status);
        assertEquals(before, submissions());
        assertEquals(List.of("reporter|团市委机关党总支|上传请求未声明大小，未读取"), refusals(audited));
    }

    interface Body {
        void write(OutputStream out) throws IOException;
    }

    /**
     * Sends the request on a raw socket, the body from a second thread (the server may answer and close before it
     * has all been sent), and returns the answer's status line up to the reason phrase.
     */
    private String post(String[] upload, String lengthHeader, Body body) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /" + upload[0] + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nCookie: " + upload[1]
                    + "\r\nContent-Type: multipart/form-data; boundary=" + BOUNDARY + "\r\n" + lengthHeader
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread sender = Thread.ofVirtual().start(() -> {
                try {
                    body.write(out);
                    out.flush();
                } catch (IOException e) {
                    // the server closed the connection after answering: the rest of the body is not wanted
                }
            });
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII));
            String line = in.readLine();
            socket.close();
            sender.join();
            return line == null ? "(no answer)" : line.substring(0, Math.min(line.length(), 13));
        }
    }

    private static void writeMegabytes(OutputStream out, int megabytes, boolean chunked) throws IOException {
        byte[] megabyte = new byte[1024 * 1024];
        Arrays.fill(megabyte, (byte) 'a');
        for (int i = 0; i < megabytes; i++) {
            if (chunked) {
                out.write((Integer.toHexString(megabyte.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            }
            out.write(megabyte);
            if (chunked) {
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
        }
    }
}
