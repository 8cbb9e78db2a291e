package com.jgdj.dashboard.ranking.ui;

import com.jgdj.dashboard.ranking.ExportFile;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.jgdj.dashboard.base.ui.DownloadNames;

import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/** An anchor that downloads a freshly generated file each time it is clicked. */
final class Downloads {

    private Downloads() {
    }

    static Anchor anchor(String text, Supplier<ExportFile> file) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            ExportFile f = file.get();
            return new DownloadResponse(new ByteArrayInputStream(f.bytes()),
                    DownloadNames.safe(f.fileName(), "xlsx", "导出"), ExportFile.XLSX,
                    f.bytes().length);
        }), text);
        anchor.getElement().setAttribute("download", true);
        anchor.getElement().getThemeList().add("export");
        return anchor;
    }
}
