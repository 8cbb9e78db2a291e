package com.jgdj.dashboard.base.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Uploads held in memory until the UI thread takes them: the upload callback only stores the bytes, the
 * succeeded event (on the UI thread, with the user's security context) does the work.
 */
public final class Uploads {

    private final Map<String, byte[]> received = new ConcurrentHashMap<>();
    private final Upload upload;

    public Uploads(int maxFiles, long maxBytes) {
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> received.put(metadata.fileName(), bytes)));
        upload.setMaxFiles(maxFiles);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.setI18n(chinese(maxBytes));
        upload.setWidthFull();
    }

    public Upload component() {
        return upload;
    }

    /** The bytes of a file that finished uploading; each file can be taken once. */
    public Optional<byte[]> take(String fileName) {
        return Optional.ofNullable(received.remove(fileName));
    }

    private static UploadI18N chinese(long maxBytes) {
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne("将文件拖到此处").setMany("将文件拖到此处"));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne("选择文件…").setMany("选择文件…"));
        i18n.setError(new UploadI18N.Error().setTooManyFiles("文件数量超过上限")
                .setFileIsTooBig("文件超过 " + Formats.fileSize(maxBytes) + " 的大小上限")
                .setIncorrectFileType("仅支持 .txt 和 .docx 文件"));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting("正在连接…").setStalled("上传停滞")
                        .setProcessing("正在处理…").setHeld("排队中"))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix("剩余时间：")
                        .setUnknown("剩余时间未知"))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable("服务器暂不可用")
                        .setUnexpectedServerError("服务器出错，上传失败").setForbidden("无权上传")
                        .setFileTooLarge("文件超过大小上限")));
        i18n.setFile(new UploadI18N.File().setRetry("重试").setStart("开始").setRemove("移除"));
        i18n.setUnits(List.of("B", "KB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
        return i18n;
    }
}
