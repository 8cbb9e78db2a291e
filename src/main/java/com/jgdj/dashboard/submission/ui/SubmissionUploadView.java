package com.jgdj.dashboard.submission.ui;

import com.jgdj.dashboard.base.UserInputException;
import com.jgdj.dashboard.base.ui.Formats;
import com.jgdj.dashboard.base.ui.Notifications;
import com.jgdj.dashboard.base.ui.Uploads;
import com.jgdj.dashboard.base.ui.ViewHeader;
import com.jgdj.dashboard.orgunit.OrgUnitService;
import com.jgdj.dashboard.orgunit.UnitOption;
import com.jgdj.dashboard.period.PeriodRow;
import com.jgdj.dashboard.period.PeriodStatus;
import com.jgdj.dashboard.period.ReportingPeriodService;
import com.jgdj.dashboard.security.CurrentUser;
import com.jgdj.dashboard.security.Role;
import com.jgdj.dashboard.submission.ImportResult;
import com.jgdj.dashboard.submission.SubmissionImportService;
import com.jgdj.dashboard.submission.SubmissionService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/** 上传 / 批量导入: one report for a unit, or many files for a period with the unit read from each file name. */
@Route("upload")
@PageTitle("上传 / 批量导入")
@Menu(order = 35, icon = "vaadin:upload", title = "上传 / 批量导入")
@RolesAllowed({Role.ADMIN_NAME, Role.ASSESSOR_NAME, Role.REPORTER_NAME})
class SubmissionUploadView extends VerticalLayout {

    private static final Logger log = LoggerFactory.getLogger(SubmissionUploadView.class);

    final ComboBox<PeriodRow> period = new ComboBox<>("报送期");
    final ComboBox<UnitOption> unit = new ComboBox<>("单位");
    final Span singleResult = new Span();
    final Grid<BulkImportRow> results = new Grid<>();
    final ProgressBar progress = new ProgressBar();
    final Span progressText = new Span();
    private final List<BulkImportRow> rows = new ArrayList<>();
    private int started;
    private int finished;

    private final SubmissionImportService imports;
    private final OrgUnitService units;

    SubmissionUploadView(SubmissionImportService imports, SubmissionService submissions, OrgUnitService units,
                         ReportingPeriodService periods, CurrentUser currentUser) {
        this.imports = imports;
        this.units = units;
        List<PeriodRow> all = periods.list();
        period.setItems(all);
        period.setItemLabelGenerator(p -> p.name() + (p.status() == PeriodStatus.OPEN ? "（报送中）" : "（已关闭）"));
        all.stream().filter(p -> p.status() == PeriodStatus.OPEN).findFirst().or(() -> all.stream().findFirst())
                .ifPresent(period::setValue);
        period.setWidth("16em");
        unit.setItems(q -> units.options(q.getFilter().orElse(null), q.getOffset(), q.getLimit()).stream());
        unit.setItemLabelGenerator(UnitOption::name);
        unit.setWidth("24em");
        if (currentUser.hasRole(Role.REPORTER)) {
            currentUser.get().flatMap(u -> units.option(u.unitId())).ifPresent(unit::setValue);
            unit.setReadOnly(true);
        }

        add(new ViewHeader("上传 / 批量导入"), period,
                new Paragraph("支持 .txt（UTF-8 或 GB18030 编码）和 .docx 文件，单个文件不超过 "
                        + Formats.fileSize(imports.maxBytes()) + "。相同文件重复上传不会产生新版本；内容变化的文件作为新版本保存，旧版本保留。"));
        add(new H3("上传单位工作汇报"), unit, singleUpload(), singleResult);
        if (!currentUser.hasRole(Role.REPORTER)) {
            add(new H3("批量导入"), new Paragraph("一次选择多个文件；系统根据文件名识别单位（如“市财政局机关党委-2024年上半年工作汇报.docx”），无法识别的可逐个指定。"),
                    bulkUpload(), new HorizontalLayout(progress, progressText), resultGrid());
        }
        if (currentUser.hasRole(Role.ADMIN)) {
            add(new H3("开放补报"), lateSubmissionForm(submissions));
        }
    }

    private com.vaadin.flow.component.upload.Upload singleUpload() {
        Uploads uploads = new Uploads(1, imports.maxBytes());
        uploads.component().addSucceededListener(e -> uploads.take(e.getFileName()).ifPresent(bytes -> {
            try {
                requireChoices(unit.getValue());
                ImportResult r = imports.importFile(unit.getValue().id(), period.getValue().id(), e.getFileName(), bytes);
                singleResult.setText(e.getFileName() + "：" + r.message());
                Notifications.success(r.message());
                if (r.outcome() == ImportResult.Outcome.IMPORTED) {
                    SubmissionNavigation.toSubmission(r.submissionId());
                }
            } catch (UserInputException ex) {
                log.info("Upload of {} refused: {}", e.getFileName(), ex.getMessage());
                singleResult.setText(e.getFileName() + "：未导入。" + ex.getMessage());
                Notifications.error(ex.getMessage());
            }
            uploads.component().clearFileList();
        }));
        uploads.component().addFileRejectedListener(e -> Notifications.error(e.getFileName() + "：" + e.getErrorMessage()));
        singleResult.setId("single-upload-result");
        return uploads.component();
    }

    private com.vaadin.flow.component.upload.Upload bulkUpload() {
        Uploads uploads = new Uploads(500, imports.maxBytes());
        uploads.component().addStartedListener(e -> {
            started++;
            updateProgress();
        });
        uploads.component().addSucceededListener(e -> uploads.take(e.getFileName()).ifPresent(bytes -> {
            importBulkFile(e.getFileName(), bytes);
            finished++;
            updateProgress();
        }));
        uploads.component().addFailedListener(e -> {
            BulkImportRow row = new BulkImportRow(e.getFileName(), null, null);
            row.result = "未导入";
            row.message = "上传中断，请重试";
            rows.add(row);
            finished++;
            updateProgress();
            results.setItems(rows);
        });
        uploads.component().addFileRejectedListener(e -> {
            BulkImportRow row = new BulkImportRow(e.getFileName(), null, null);
            row.result = "未导入";
            row.message = e.getErrorMessage();
            rows.add(row);
            results.setItems(rows);
        });
        progress.setWidth("20em");
        progress.setVisible(false);
        return uploads.component();
    }

    /** Imports one file of a bulk import; package-visible so tests can feed files without a browser. */
    void importBulkFile(String fileName, byte[] bytes) {
        BulkImportRow row = new BulkImportRow(fileName, bytes, units.matchFileName(fileName).orElse(null));
        rows.add(row);
        if (row.unit == null) {
            row.result = "待指定单位";
            row.message = "未能从文件名识别单位，请在右侧选择单位后导入";
        } else {
            importRow(row);
        }
        results.setItems(rows);
    }

    void importRow(BulkImportRow row) {
        try {
            requireChoices(row.unit);
            ImportResult r = imports.importFile(row.unit.id(), period.getValue().id(), row.fileName, row.bytes);
            row.result = r.outcome().label();
            row.message = r.message();
            row.flags = r.flagCount();
            row.submissionId = r.submissionId();
            row.bytes = null;
        } catch (UserInputException ex) {
            log.info("Bulk import of {} refused: {}", row.fileName, ex.getMessage());
            row.result = "未导入";
            row.message = ex.getMessage();
        }
    }

    private Grid<BulkImportRow> resultGrid() {
        results.addColumn(r -> r.fileName).setHeader("文件").setFlexGrow(3);
        results.addComponentColumn(this::unitCell).setHeader("单位").setFlexGrow(3);
        results.addColumn(r -> r.result).setHeader("结果").setAutoWidth(true);
        results.addColumn(r -> r.flags == null ? "" : r.flags + "项").setHeader("质量提示").setAutoWidth(true);
        results.addColumn(r -> r.message).setHeader("说明").setFlexGrow(4);
        results.addItemClickListener(e -> {
            if (e.getItem().submissionId != null) {
                SubmissionNavigation.toSubmission(e.getItem().submissionId);
            }
        });
        results.setAllRowsVisible(true);
        results.setId("bulk-results");
        return results;
    }

    private com.vaadin.flow.component.Component unitCell(BulkImportRow row) {
        if (!row.waitingForUnit() || row.bytes == null) {
            return new Span(row.unit == null ? "—" : row.unit.name());
        }
        ComboBox<UnitOption> pick = new ComboBox<>();
        pick.setPlaceholder("选择单位");
        pick.setItems(q -> units.options(q.getFilter().orElse(null), q.getOffset(), q.getLimit()).stream());
        pick.setItemLabelGenerator(UnitOption::name);
        Button go = new Button("导入", e -> {
            row.unit = pick.getValue();
            importRow(row);
            results.setItems(rows);
        });
        go.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return new HorizontalLayout(pick, go);
    }

    private void updateProgress() {
        progress.setVisible(true);
        progress.setValue(started == 0 ? 0 : Math.min(1.0, (double) finished / started));
        progressText.setText("已处理 " + finished + " / " + started + " 个文件");
    }

    private HorizontalLayout lateSubmissionForm(SubmissionService submissions) {
        ComboBox<UnitOption> lateUnit = new ComboBox<>("单位");
        lateUnit.setItems(q -> units.options(q.getFilter().orElse(null), q.getOffset(), q.getLimit()).stream());
        lateUnit.setItemLabelGenerator(UnitOption::name);
        lateUnit.setWidth("22em");
        TextField reason = new TextField("原因");
        Button grant = new Button("对所选报送期开放补报", e -> {
            try {
                requireChoices(lateUnit.getValue());
                submissions.grantLateSubmission(lateUnit.getValue().id(), period.getValue().id(), reason.getValue());
                Notifications.success("已为" + lateUnit.getValue().name() + "开放" + period.getValue().name() + "补报");
                reason.clear();
            } catch (UserInputException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        HorizontalLayout form = new HorizontalLayout(lateUnit, reason, grant);
        form.setAlignItems(Alignment.BASELINE);
        return form;
    }

    private void requireChoices(UnitOption chosenUnit) {
        if (period.getValue() == null) {
            throw new UserInputException("请先选择报送期");
        }
        if (chosenUnit == null) {
            throw new UserInputException("请先选择单位");
        }
    }
}
