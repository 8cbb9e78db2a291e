package com.jgdj.dashboard.base.ui;

import com.jgdj.dashboard.base.Formats;
import com.jgdj.dashboard.base.UserInputException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.IntConsumer;

/**
 * An {@link Upload} whose handler does the work. In Vaadin 25 the component's succeeded event does not fire for an
 * {@link UploadHandler}, so each file goes through three steps right in the upload request:
 * <ol>
 * <li>{@link Receiver#start} on the UI (session locked): the view says what the file is for (e.g. the chosen unit
 * and period), or refuses it;</li>
 * <li>the bytes are read with the size limit checked while streaming (the component's maximum is only a browser
 * check), then {@link Job#process} runs on the upload request thread, without the session lock, as the user who
 * opened the view (the security context captured when the view was built);</li>
 * <li>what the job returns runs on the UI with {@link UI#access}.</li>
 * </ol>
 * The UI changes reach the browser in the answer to the upload component's own {@code upload-success} /
 * {@code upload-error} round trip, which follows every file, so no server push is needed. A refused file is
 * answered 200 with its Chinese reason in the {@value #REFUSAL_HEADER} header, which the upload's file list shows
 * as the file's error (an error status would also put a resource error in the browser console); the view shows the
 * reason too. Every file gets its own id, so two files with the same name are two files.
 */
public final class Uploads implements Serializable {

    /** A file as it starts arriving: {@code id} is unique per upload in this component. */
    public record Received(long id, String fileName, long declaredSize) implements Serializable {
    }

    /** Step 1, on the UI thread: what to do with the file, or a {@link UserInputException} to refuse it. */
    @FunctionalInterface
    public interface Receiver extends Serializable {
        Job start(Received file);
    }

    /**
     * Step 2, on the upload request thread as the signed-in user: the work with the file's bytes. Returns what to
     * show, which runs on the UI thread; throws {@link UserInputException} to refuse the file.
     */
    @FunctionalInterface
    public interface Job extends Serializable {
        Command process(byte[] bytes);
    }

    private static final Logger log = LoggerFactory.getLogger(Uploads.class);
    private static final long UI_TIMEOUT_SECONDS = 60;
    static final String SERVER_ERROR = "服务器出错，文件未能导入，请稍后重试";
    /** Response header carrying a refusal (percent-encoded UTF-8) to the browser's file list. */
    static final String REFUSAL_HEADER = "X-Upload-Refusal";

    private final Upload upload;
    private final long maxBytes;
    private final Authentication user;
    private final AtomicLong ids = new AtomicLong();
    private Receiver receiver = file -> {
        throw new UserInputException("无法接收文件");
    };
    private BiConsumer<Received, String> onRefused = (file, message) -> Notifications.error(message);
    private int listed;

    /** Built on the UI thread of the signed-in user, whose security context the jobs then run with. */
    public Uploads(int maxFiles, long maxBytes) {
        this.maxBytes = maxBytes;
        this.user = SecurityContextHolder.getContext().getAuthentication();
        upload = new Upload((UploadHandler) this::handle);
        upload.setMaxFiles(maxFiles);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.setI18n(chinese(maxBytes));
        upload.setWidthFull();
        // a refused file: its reason (from the response header) becomes the file's error in the list
        upload.getElement().addAttachListener(e -> upload.getElement().executeJs("""
                if (!this.__refusals) {
                  this.__refusals = true;
                  this.addEventListener('upload-response', e => {
                    const refusal = e.detail.xhr.getResponseHeader($0);
                    if (refusal) e.detail.file.error = decodeURIComponent(refusal);
                  });
                }""", REFUSAL_HEADER));
    }

    public Upload component() {
        return upload;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Lets the browser offer and take only these file name endings, with a Chinese reason for any other file;
     * the receiver must check them again (the browser is never trusted).
     */
    public Uploads acceptOnly(List<String> extensions, String reason) {
        upload.setAcceptedFileTypes(extensions.toArray(String[]::new));
        UploadI18N i18n = upload.getI18n();
        i18n.getError().setIncorrectFileType(reason);
        upload.setI18n(i18n);
        return this;
    }

    /** What to do with each file (see the class comment). */
    public Uploads onReceive(Receiver receiver) {
        this.receiver = receiver;
        return this;
    }

    /** Shows a refused file's Chinese reason, on the UI thread; by default as an error notification. */
    public Uploads onRefused(BiConsumer<Received, String> onRefused) {
        this.onRefused = onRefused;
        return this;
    }

    /** How many files the user added to the upload's list (the browser's count; files it refused are not added). */
    public Uploads onFilesAdded(IntConsumer added) {
        upload.getElement().addEventListener("files-changed", e -> {
            int now = (int) e.getEventData().get("element.files.length").asDouble();
            if (now > listed) {
                added.accept(now - listed);
            }
            listed = now;
        }).addEventData("element.files.length");
        return this;
    }

    /**
     * A file that never reached this handler (connection lost, server unavailable) or that the user cancelled:
     * its name and whether it was cancelled.
     */
    public Uploads onNotDelivered(BiConsumer<String, Boolean> notDelivered) {
        upload.getElement().addEventListener("upload-error", e -> {
            int status = (int) e.getEventData().get("event.detail.xhr.status").asDouble();
            if (status < 200 || status >= 300) { // 200: a file this handler refused (and has shown)
                notDelivered.accept(e.getEventData().get("event.detail.file.name").asString(), false);
            }
        }).addEventData("event.detail.xhr.status").addEventData("event.detail.file.name");
        upload.getElement().addEventListener("upload-abort",
                e -> notDelivered.accept(e.getEventData().get("event.detail.file.name").asString(), true))
                .addEventData("event.detail.file.name");
        return this;
    }

    /** The browser refused a file before sending it (too big, too many files): its name and the Chinese reason. */
    public Uploads onRejectedByBrowser(BiConsumer<String, String> rejected) {
        upload.getElement().addEventListener("file-reject", e -> rejected.accept(
                        e.getEventData().get("event.detail.file.name").asString(),
                        e.getEventData().get("event.detail.error").asString()))
                .addEventData("event.detail.file.name").addEventData("event.detail.error");
        return this;
    }

    private void handle(UploadEvent event) {
        try (InputStream in = event.getInputStream()) {
            String refusal = receive(event.getUI(), event.getFileName(), event.getFileSize(), in);
            if (refusal != null) {
                event.getResponse().setHeader(REFUSAL_HEADER,
                        URLEncoder.encode(refusal, StandardCharsets.UTF_8).replace("+", "%20"));
            }
        } catch (IOException e) {
            // the browser went away mid-file (the user cancelled it): nothing was stored, nobody to tell
            log.info("Upload of {} interrupted: {}", event.getFileName(), e.getMessage());
        }
    }

    /**
     * Takes one file through the three steps and returns the refusal shown to the user, or null when the file was
     * taken. The upload handler calls it on the request thread; tests call it on the UI thread with the bytes.
     */
    public String receive(UI ui, String fileName, long declaredSize, InputStream in) throws IOException {
        Received file = new Received(ids.incrementAndGet(), fileName, declaredSize);
        String refusal;
        try {
            Job job = onUi(ui, () -> receiver.start(file));
            byte[] bytes = read(in, declaredSize);
            Command show = asUser(() -> job.process(bytes));
            onUi(ui, () -> {
                show.execute();
                return null;
            });
            return null;
        } catch (UserInputException e) {
            log.info("Upload of {} refused: {}", fileName, e.getMessage());
            refusal = e.getMessage();
        } catch (IOException e) {
            throw e;
        } catch (RuntimeException e) {
            log.error("Upload of {} failed", fileName, e);
            refusal = SERVER_ERROR;
        }
        String message = refusal;
        try {
            onUi(ui, () -> {
                onRefused.accept(file, message);
                return null;
            });
        } catch (RuntimeException e) {
            log.warn("Could not show the refusal of {}: {}", fileName, e.toString());
        }
        return refusal;
    }

    /** Test entry: a whole file at once. */
    public String receive(UI ui, String fileName, byte[] bytes) {
        try {
            return receive(ui, fileName, bytes.length, new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Reads the file, refusing it as soon as it is over the limit (declared or counted). */
    private byte[] read(InputStream in, long declaredSize) throws IOException {
        if (declaredSize > maxBytes) {
            throw tooBig(declaredSize);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(declaredSize > 0 ? (int) declaredSize : 8192);
        byte[] buffer = new byte[8192];
        long total = 0;
        for (int n; (n = in.read(buffer)) != -1; ) {
            total += n;
            if (total > maxBytes) {
                throw tooBig(declaredSize > maxBytes ? declaredSize : -1);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private UserInputException tooBig(long size) {
        return new UserInputException("文件过大" + (size > 0 ? "（" + Formats.fileSize(size) + "）" : "") + "，超过 "
                + Formats.fileSize(maxBytes) + " 的上限");
    }

    /** Runs the job as the user who built the view, then puts back what the thread had. */
    private <T> T asUser(java.util.function.Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(user);
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /**
     * Runs on the UI with {@link UI#access} and waits for it, so the change is in place before the upload request
     * answers (the component's round trip after the answer then carries it to the browser); directly when this
     * thread already holds the session (tests).
     */
    private static <T> T onUi(UI ui, java.util.function.Supplier<T> work) {
        if (ui.getSession() != null && ui.getSession().hasLock()) {
            return work.get();
        }
        Object[] result = new Object[1];
        RuntimeException[] failure = new RuntimeException[1];
        try {
            ui.access(() -> {
                try {
                    result[0] = work.get();
                } catch (RuntimeException e) {
                    failure[0] = e;
                }
            }).get(UI_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the UI", e);
        } catch (ExecutionException | TimeoutException | UIDetachedException e) {
            throw new IllegalStateException("the UI did not take the upload: " + e, e);
        }
        if (failure[0] != null) {
            throw failure[0];
        }
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }

    private static UploadI18N chinese(long maxBytes) {
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne("将文件拖到此处").setMany("将文件拖到此处"));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne("选择文件…").setMany("选择文件…"));
        i18n.setError(new UploadI18N.Error().setTooManyFiles("文件数量超过上限")
                .setFileIsTooBig("文件超过 " + Formats.fileSize(maxBytes) + " 的大小上限")
                .setIncorrectFileType("不支持该文件类型"));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting("正在连接…").setStalled("上传停滞")
                        .setProcessing("正在处理…").setHeld("排队中"))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix("剩余时间：")
                        .setUnknown("剩余时间未知"))
                // a file the server may not take (403); a refused file shows its own reason (see REFUSAL_HEADER)
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable("服务器暂不可用")
                        .setUnexpectedServerError("服务器出错，上传失败").setForbidden("未导入")
                        .setFileTooLarge("文件超过大小上限")));
        i18n.setFile(new UploadI18N.File().setRetry("重试").setStart("开始").setRemove("移除"));
        i18n.setUnits(List.of("B", "KB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
        return i18n;
    }
}
