package com.jgdj.dashboard.documents.ui;

import com.jgdj.dashboard.documents.DocumentFile;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/** An anchor that generates the document when clicked and sends it as an attachment (Content-Disposition). */
final class DocumentDownloads {

    private DocumentDownloads() {
    }

    static Anchor anchor(String text, String id, Supplier<DocumentFile> file) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            DocumentFile f = file.get();
            return new DownloadResponse(new ByteArrayInputStream(f.bytes()), f.fileName(), f.contentType(),
                    f.bytes().length);
        }), AttachmentType.DOWNLOAD, text);
        anchor.setId(id);
        anchor.getElement().getThemeList().add("export");
        return anchor;
    }
}
