package com.jgdj.dashboard.submission.ui;

import com.jgdj.dashboard.period.PeriodId;
import com.jgdj.dashboard.orgunit.UnitId;
import com.jgdj.dashboard.base.UserInputException;
import com.jgdj.dashboard.base.Formats;
import com.jgdj.dashboard.base.ui.Notifications;
import com.jgdj.dashboard.base.ui.Uploads;
import com.jgdj.dashboard.base.ui.UrlParams;
import com.jgdj.dashboard.base.ui.ViewHeader;
import com.jgdj.dashboard.orgunit.OrgUnitService;
import com.jgdj.dashboard.orgunit.UnitOption;
import com.jgdj.dashboard.period.PeriodRow;
import com.jgdj.dashboard.period.ReportingPeriodService;
import com.jgdj.dashboard.security.CurrentUser;
import com.jgdj.dashboard.security.Role;
import com.jgdj.dashboard.submission.ImportResult;
import com.jgdj.dashboard.submission.SubmissionImportService;
import com.jgdj.dashboard.submission.SubmissionService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * 上传 / 批量导入: one report for a unit, or many files for a period with the unit read from each file name. The
 * work happens in the upload handler ({@link Uploads}): the import runs on the upload request as the signed-in
 * user and its result is handed to this view on the UI thread.
 */
@Route(SubmissionNavigation.UPLOAD_ROUTE)
@PageTitle("上传 / 批量导入")
@Menu(order = 35, icon = "vaadin:upload", title = "上传 / 批量导入")
@RolesAllowed({Role.ADMIN_NAME, Role.ASSESSOR_NAME, Role.REPORTER_NAME})
class SubmissionUploadView extends VerticalLayout implements BeforeEnterObserver {

    private static final Logger log = LoggerFactory.getLogger(SubmissionUploadView.class);

    final ComboBox<PeriodRow> period = new ComboBox<>("报送期");
    final ComboBox<UnitOption> unit = new ComboBox<>("单位");
    final Span singleResult = new Span();
    final Grid<BulkImportRow> results = new Grid<>();
    final ProgressBar progress = new ProgressBar();
    final Span progressText = new Span();
    final Uploads single;
    final Uploads bulk;
    private final List<BulkImportRow> rows = new ArrayList<>();
    private final ReentrantLock bulkImportLock = new ReentrantLock();
    private final List<PeriodRow> periods;
    /** Files the user put into the bulk upload's list, and files whose handling has ended. */
    private int expected;
    private int processed;

    private final SubmissionImportService imports;
    private final OrgUnitService units;

    SubmissionUploadView(SubmissionImportService imports, SubmissionService submissions, OrgUnitService units,
                         ReportingPeriodService periodService, CurrentUser currentUser) {
        this.imports = imports;
        this.units = units;
        periods = periodService.list();
        period.setItems(periods);
        period.setItemLabelGenerator(p -> p.name() + "（" + p.phase().label() + "）");
        period.setWidth("16em");
        unit.setItems(q -> units.options(q.getFilter().orElse(null), q.getOffset(), q.getLimit()).stream());
        unit.setItemLabelGenerator(UnitOption::name);
        unit.setWidth("24em");
        if (currentUser.hasRole(Role.REPORTER)) {
            currentUser.get().flatMap(u -> units.option(u.unitId())).ifPresent(unit::setValue);
            unit.setReadOnly(true);
        }
        single = singleUpload();
        bulk = currentUser.hasRole(Role.REPORTER) ? null : bulkUpload();

        add(new ViewHeader("上传 / 批量导入"), period,
                new Paragraph("支持 " + imports.acceptedFormats() + "，单个文件不超过 "
                        + Formats.fileSize(imports.maxBytes()) + "。扫描件 PDF、加密文件无法读取，请上传原文。相同文件重复上传不会产生新版本；内容变化的文件作为新版本保存，旧版本保留。"));
        add(new H3("上传单位工作汇报"), unit, single.component(), singleResult);
        if (bulk != null) {
            HorizontalLayout progressRow = new HorizontalLayout(progress, progressText);
            progressRow.setAlignItems(Alignment.CENTER);
            add(new H3("批量导入"), new Paragraph("一次选择多个文件；系统根据文件名识别单位（如“市财政局机关党委-2024年上半年工作汇报.docx”），无法识别的可逐个指定。"),
                    bulk.component(), progressRow, resultGrid());
        }
        if (currentUser.hasRole(Role.ADMIN)) {
            add(new H3("开放补报"), lateSubmissionForm(submissions));
        }
    }

    /** {@code ?period=} chooses the period (the unit page's upload button passes the open one); else the open one. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        period.setValue(UrlParams.longParam(params, UrlParams.PERIOD)
                .flatMap(id -> periods.stream().filter(p -> p.id() == id).findFirst())
                .or(() -> ReportingPeriodService.current(periods))
                .or(() -> periods.stream().findFirst()).orElse(null));
    }

    private Uploads singleUpload() {
        Uploads uploads = new Uploads(1, imports.maxBytes());
        uploads.component().setId("single-upload");
        uploads.acceptOnly(imports.acceptedExtensions(), "仅支持 " + imports.acceptedFormats());
        uploads.onReceive(file -> {
            long unitId = requireChoices(unit.getValue()).id();
            long periodId = period.getValue().id();
            return bytes -> {
                ImportResult r = imports.importFile(UnitId.of(unitId), PeriodId.of(periodId), file.fileName(), bytes);
                return () -> {
                    singleResult.setText(file.fileName() + "：" + r.message());
                    Notifications.success(r.message());
                    uploads.component().clearFileList();
                    if (r.outcome() == ImportResult.Outcome.IMPORTED) {
                        SubmissionNavigation.toSubmission(r.submissionId());
                    }
                };
            };
        }).onRefused((file, message) -> {
            imports.recordRefusal(unit.getValue() == null ? null : UnitId.of(unit.getValue().id()),
                    period.getValue() == null ? null : PeriodId.of(period.getValue().id()), file.fileName(), message);
            singleResult.setText(file.fileName() + "：未导入。" + message);
            Notifications.error(message);
            uploads.component().clearFileList();
        }).onRejectedByBrowser((fileName, message) -> {
            singleResult.setText(fileName + "：未导入。" + message);
            Notifications.error(fileName + "：" + message);
        });
        singleResult.setId("single-upload-result");
        return uploads;
    }

    private Uploads bulkUpload() {
        Uploads uploads = new Uploads(500, imports.maxBytes());
        uploads.component().setId("bulk-upload");
        uploads.acceptOnly(imports.acceptedExtensions(), "仅支持 " + imports.acceptedFormats());
        uploads.onFilesAdded(added -> {
            expected += added;
            updateProgress();
        }).onReceive(file -> {
            long periodId = requireChoices(null, false).id();
            BulkImportRow row = new BulkImportRow(file.id(), file.fileName(), null);
            row.result = "正在导入…";
            rows.add(row);
            results.setItems(rows);
            return bytes -> {
                UnitOption matched = units.matchFileName(file.fileName()).orElse(null);
                ImportResult r = matched == null ? null : importOneAtATime(matched.id(), periodId, file.fileName(), bytes);
                return () -> {
                    row.unit = matched;
                    if (r == null) {
                        row.bytes = bytes;
                        row.result = "待指定单位";
                        row.message = "未能从文件名识别单位，请在“单位”栏选择单位后导入";
                    } else {
                        imported(row, r);
                    }
                    finished();
                };
            };
        }).onRefused((file, message) -> {
            BulkImportRow row = rows.stream().filter(r -> r.id == file.id()).findFirst().orElseGet(() -> {
                BulkImportRow added = new BulkImportRow(file.id(), file.fileName(), null);
                rows.add(added);
                return added;
            });
            if (row.unit == null) {
                units.matchFileName(file.fileName()).ifPresent(u -> row.unit = u);
            }
            imports.recordRefusal(row.unit == null ? null : UnitId.of(row.unit.id()),
                    period.getValue() == null ? null : PeriodId.of(period.getValue().id()), file.fileName(), message);
            row.result = "未导入";
            row.message = message;
            finished();
        }).onNotDelivered((fileName, cancelled) -> {
            if (cancelled) {
                expected--;
            } else {
                BulkImportRow row = new BulkImportRow(0, fileName, null);
                row.result = "未导入";
                row.message = "上传中断（连接失败或服务器暂不可用），请重试";
                rows.add(row);
                finished();
            }
            updateProgress();
        }).onRejectedByBrowser((fileName, message) -> {
            BulkImportRow row = new BulkImportRow(0, fileName, null);
            row.result = "未导入";
            row.message = message;
            rows.add(row);
            results.setItems(rows);
        });
        progress.setWidth("20em");
        progress.setVisible(false);
        progressText.setId("bulk-progress");
        return uploads;
    }

    /**
     * The browser sends up to three files at once; one bulk import stores them one after the other, so two versions
     * of the same unit's report in one import become versions N and N+1 instead of racing for the same number.
     */
    private ImportResult importOneAtATime(long unitId, long periodId, String fileName, byte[] bytes) {
        bulkImportLock.lock();
        try {
            return imports.importFile(UnitId.of(unitId), PeriodId.of(periodId), fileName, bytes);
        } finally {
            bulkImportLock.unlock();
        }
    }

    /** Feeds one file to the single upload as the browser would (for tests): returns the refusal or null. */
    String uploadSingle(String fileName, byte[] bytes) {
        return single.receive(UI.getCurrent(), fileName, bytes);
    }

    /** Feeds one file to the bulk import as the browser would (for tests): returns the refusal or null. */
    String uploadBulk(String fileName, byte[] bytes) {
        return bulk.receive(UI.getCurrent(), fileName, bytes);
    }

    /** Imports a file that waited for its unit, once the user picked one (on the UI thread). */
    void importRow(BulkImportRow row) {
        try {
            requireChoices(row.unit);
            imported(row, imports.importFile(UnitId.of(row.unit.id()), PeriodId.of(period.getValue().id()), row.fileName, row.bytes));
        } catch (UserInputException ex) {
            log.info("Bulk import of {} refused: {}", row.fileName, ex.getMessage());
            imports.recordRefusal(row.unit == null ? null : UnitId.of(row.unit.id()),
                    period.getValue() == null ? null : PeriodId.of(period.getValue().id()), row.fileName, ex.getMessage());
            row.result = "未导入";
            row.message = ex.getMessage();
        }
        results.setItems(rows);
    }

    private static void imported(BulkImportRow row, ImportResult r) {
        row.result = r.outcome().label();
        row.message = r.message();
        row.flags = r.flagCount();
        row.submissionId = r.submissionId();
        row.bytes = null;
    }

    private void finished() {
        processed++;
        results.setItems(rows);
        updateProgress();
    }

    private Grid<BulkImportRow> resultGrid() {
        results.addColumn(r -> r.fileName).setHeader("文件").setFlexGrow(3);
        results.addComponentColumn(this::unitCell).setHeader("单位").setWidth("22em").setFlexGrow(0);
        results.addColumn(r -> r.result).setHeader("结果").setAutoWidth(true);
        results.addColumn(r -> r.flags == null ? "" : r.flags + "项").setHeader("质量提示").setAutoWidth(true);
        results.addColumn(r -> r.message).setHeader("说明").setFlexGrow(4);
        results.addItemClickListener(e -> {
            if (e.getItem().submissionId != null) {
                SubmissionNavigation.toSubmission(e.getItem().submissionId);
            }
        });
        results.setAllRowsVisible(true);
        results.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        results.setId("bulk-results");
        return results;
    }

    private com.vaadin.flow.component.Component unitCell(BulkImportRow row) {
        if (!row.waitingForUnit() || row.bytes == null) {
            return new Span(row.unit == null ? "—" : row.unit.name());
        }
        ComboBox<UnitOption> pick = new ComboBox<>();
        pick.setPlaceholder("选择单位");
        pick.setWidth("14em");
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
        int total = Math.max(expected, processed);
        progress.setVisible(total > 0);
        progress.setValue(total == 0 ? 0 : (double) processed / total);
        progressText.setText(total == 0 ? "" : "已处理 " + processed + " / " + total + " 个文件");
    }

    private HorizontalLayout lateSubmissionForm(SubmissionService submissions) {
        ComboBox<UnitOption> lateUnit = new ComboBox<>("单位");
        lateUnit.setItems(q -> units.options(q.getFilter().orElse(null), q.getOffset(), q.getLimit()).stream());
        lateUnit.setItemLabelGenerator(UnitOption::name);
        lateUnit.setWidth("22em");
        TextField reason = new TextField("原因");
        Button grant = new Button("对所选报送期开放补报", e -> {
            requireChoices(lateUnit.getValue());
            submissions.grantLateSubmission(UnitId.of(lateUnit.getValue().id()), PeriodId.of(period.getValue().id()), reason.getValue());
            Notifications.success("已为" + lateUnit.getValue().name() + "开放" + period.getValue().name() + "补报");
            reason.clear();
        });
        HorizontalLayout form = new HorizontalLayout(lateUnit, reason, grant);
        form.setAlignItems(Alignment.BASELINE);
        return form;
    }

    private UnitOption requireChoices(UnitOption chosenUnit) {
        requireChoices(chosenUnit, true);
        return chosenUnit;
    }

    private PeriodRow requireChoices(UnitOption chosenUnit, boolean unitNeeded) {
        if (period.getValue() == null) {
            throw new UserInputException("请先选择报送期");
        }
        if (unitNeeded && chosenUnit == null) {
            throw new UserInputException("请先选择单位");
        }
        return period.getValue();
    }
}
