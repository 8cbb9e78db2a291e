package com.jgdj.dashboard.assessment.scheme.ui;

import com.jgdj.dashboard.assessment.scheme.DimensionForm;
import com.jgdj.dashboard.assessment.scheme.ItemForm;
import com.jgdj.dashboard.assessment.scheme.SchemeDetails;
import com.jgdj.dashboard.assessment.scheme.SchemeRow;
import com.jgdj.dashboard.assessment.scheme.SchemeService;
import com.jgdj.dashboard.assessment.scheme.SchemeSettings;
import com.jgdj.dashboard.assessment.scheme.VetoForm;
import com.jgdj.dashboard.assessment.grading.ItemKind;
import com.jgdj.dashboard.assessment.grading.QuotaRule;
import com.jgdj.dashboard.assessment.grading.Rounding;
import com.jgdj.dashboard.assessment.grading.Thresholds;
import com.jgdj.dashboard.assessment.grading.VetoEffect;
import com.jgdj.dashboard.base.ui.Notifications;
import com.jgdj.dashboard.base.ui.ViewHeader;
import com.jgdj.dashboard.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** 考核方案: the yearly schemes; frozen once used by a published result, then only copied to a new year. */
@Route("schemes")
@PageTitle("考核方案")
@Menu(order = 45, icon = "vaadin:scale", title = "考核方案")
@RolesAllowed(Role.ADMIN_NAME)
class SchemeView extends VerticalLayout {

    final ComboBox<SchemeRow> scheme = new ComboBox<>();
    final Span locked = new Span();
    final NumberField excellent = new NumberField("优秀（分以上）");
    final NumberField good = new NumberField("良好（分以上）");
    final NumberField fair = new NumberField("一般（分以上）");
    final NumberField quota = new NumberField("优秀比例上限（%）");
    final Select<Boolean> perCategory = new Select<>();
    final Select<Rounding> rounding = new Select<>();
    final NumberField bonusCap = new NumberField("加分合计上限");
    final NumberField bottomShare = new NumberField("约谈：排名靠后比例（%）");
    final Button saveSettings = new Button("保存设置");
    final SchemeRowsEditor<DimensionForm> dimensions;
    final SchemeRowsEditor<ItemForm> items;
    final SchemeRowsEditor<VetoForm> vetoes;
    final IntegerField copyYear = new IntegerField("复制到年度");
    final Button copy = new Button("复制方案");

    private final SchemeService service;
    private SchemeDetails current;

    SchemeView(SchemeService service) {
        this.service = service;
        add(new ViewHeader("考核方案", locked));
        scheme.setItemLabelGenerator(s -> s.name() + (s.locked() ? "（已用于通报，只读）" : ""));
        scheme.setWidth("24em");
        scheme.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                show(service.details(e.getValue().id()));
            }
        });
        copy.addClickListener(e -> act(() -> {
            long id = service.copyToYear(current.id(), copyYear.getValue() == null ? 0 : copyYear.getValue());
            Notifications.success("已复制为" + copyYear.getValue() + "年度考核方案");
            reload(id);
        }));
        HorizontalLayout top = new HorizontalLayout(scheme, copyYear, copy);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(top);

        perCategory.setLabel("名额范围");
        perCategory.setItems(false, true);
        perCategory.setItemLabelGenerator(b -> b ? "按单位类别分别计算" : "全部单位统一计算");
        rounding.setLabel("取整规则");
        rounding.setItems(Rounding.values());
        rounding.setItemLabelGenerator(Rounding::label);
        saveSettings.addClickListener(e -> act(() -> {
            service.saveSettings(current.id(), current.version(), settings());
            Notifications.success("考核方案设置已保存");
            reload(current.id());
        }));
        add(new H4("等次与名额"), new FormLayout(excellent, good, fair, quota, perCategory, rounding, bonusCap,
                bottomShare), saveSettings);

        dimensions = new SchemeRowsEditor<>("考核指标（满分合计100分）", "添加指标",
                () -> new DimensionLine(null), f -> new DimensionLine(f),
                forms -> service.saveDimensions(current.id(), current.version(), forms), this::act, this::saved);
        items = new SchemeRowsEditor<>("加分与扣分项", "添加加减分项", () -> new ItemLine(null), f -> new ItemLine(f),
                forms -> service.saveItems(current.id(), current.version(), forms), this::act, this::saved);
        vetoes = new SchemeRowsEditor<>("一票否决事项", "添加否决事项", () -> new VetoLine(null), f -> new VetoLine(f),
                forms -> service.saveVetoes(current.id(), current.version(), forms), this::act, this::saved);
        add(dimensions, items, vetoes);
        reload(null);
    }

    private void reload(Long id) {
        List<SchemeRow> rows = service.list();
        scheme.setItems(rows);
        scheme.setValue(rows.stream().filter(r -> id == null || r.id() == id).findFirst().orElse(null));
    }

    private void saved() {
        Notifications.success("考核方案已保存");
        reload(current.id());
    }

    private void show(SchemeDetails s) {
        current = s;
        locked.setText(s.locked() ? "该方案已用于已通报的考核结果，不能修改，只能复制为新年度方案" : "");
        SchemeSettings st = s.settings();
        excellent.setValue(st.thresholds().excellent().doubleValue());
        good.setValue(st.thresholds().good().doubleValue());
        fair.setValue(st.thresholds().fair().doubleValue());
        quota.setValue(st.quota().share().movePointRight(2).doubleValue());
        perCategory.setValue(st.quota().perCategory());
        rounding.setValue(st.quota().rounding());
        bonusCap.setValue(st.bonusTotalCap().doubleValue());
        bottomShare.setValue(st.interviewBottomShare().movePointRight(2).doubleValue());
        dimensions.setRows(s.rules().dimensions().stream()
                .map(d -> new DimensionForm(d.id(), d.name(), d.maxPoints(), d.description())).toList());
        items.setRows(s.rules().items().stream()
                .map(i -> new ItemForm(i.id(), i.kind(), i.name(), i.points(), i.cap())).toList());
        vetoes.setRows(s.rules().vetoes().stream().map(v -> new VetoForm(v.id(), v.name(), v.effect())).toList());
        List.of(excellent, good, fair, quota, bonusCap, bottomShare).forEach(f -> f.setReadOnly(s.locked()));
        perCategory.setReadOnly(s.locked());
        rounding.setReadOnly(s.locked());
        saveSettings.setVisible(!s.locked());
        dimensions.setReadOnly(s.locked());
        items.setReadOnly(s.locked());
        vetoes.setReadOnly(s.locked());
    }

    private SchemeSettings settings() {
        return new SchemeSettings(new Thresholds(dec(excellent), dec(good), dec(fair)),
                new QuotaRule(percent(quota), rounding.getValue(), Boolean.TRUE.equals(perCategory.getValue())),
                dec(bonusCap), percent(bottomShare));
    }

    private static BigDecimal dec(NumberField f) {
        return f.getValue() == null ? BigDecimal.ZERO : BigDecimal.valueOf(f.getValue());
    }

    private static BigDecimal percent(NumberField f) {
        return dec(f).movePointLeft(2).setScale(3, RoundingMode.HALF_UP);
    }

    private void act(Runnable action) {
        action.run();
    }

    /** One dimension: name, maximum, what earns points. */
    static final class DimensionLine extends SchemeRowsEditor.Line<DimensionForm> {
        private final Long id;
        final com.vaadin.flow.component.textfield.TextField name = new com.vaadin.flow.component.textfield.TextField();
        final NumberField max = new NumberField();
        final com.vaadin.flow.component.textfield.TextField description = new com.vaadin.flow.component.textfield.TextField();

        DimensionLine(DimensionForm f) {
            id = f == null ? null : f.id();
            name.setPlaceholder("指标名称");
            max.setPlaceholder("满分");
            max.setStep(0.5);
            max.setWidth("6em");
            description.setPlaceholder("评分说明");
            description.setWidth("28em");
            if (f != null) {
                name.setValue(f.name());
                max.setValue(f.maxPoints().doubleValue());
                description.setValue(f.description() == null ? "" : f.description());
            }
            add(name, max, description);
        }

        @Override
        DimensionForm value() {
            return new DimensionForm(id, name.getValue(), max.getValue() == null ? null : BigDecimal.valueOf(max.getValue()),
                    description.getValue());
        }

        @Override
        void setReadOnly(boolean readOnly) {
            name.setReadOnly(readOnly);
            max.setReadOnly(readOnly);
            description.setReadOnly(readOnly);
        }
    }

    /** One bonus or deduction item: kind, name, points per occurrence, cap. */
    static final class ItemLine extends SchemeRowsEditor.Line<ItemForm> {
        private final Long id;
        final Select<ItemKind> kind = new Select<>();
        final com.vaadin.flow.component.textfield.TextField name = new com.vaadin.flow.component.textfield.TextField();
        final NumberField points = new NumberField();
        final NumberField cap = new NumberField();

        ItemLine(ItemForm f) {
            id = f == null ? null : f.id();
            kind.setItems(ItemKind.values());
            kind.setItemLabelGenerator(ItemKind::label);
            kind.setWidth("6em");
            name.setPlaceholder("名称");
            name.setWidth("20em");
            points.setPlaceholder("分值/次");
            cap.setPlaceholder("上限");
            List.of(points, cap).forEach(n -> {
                n.setStep(0.5);
                n.setWidth("6em");
            });
            if (f != null) {
                kind.setValue(f.kind());
                name.setValue(f.name());
                points.setValue(f.points().doubleValue());
                cap.setValue(f.cap().doubleValue());
            }
            add(kind, name, points, cap);
        }

        @Override
        ItemForm value() {
            return new ItemForm(id, kind.getValue(), name.getValue(),
                    points.getValue() == null ? null : BigDecimal.valueOf(points.getValue()),
                    cap.getValue() == null ? null : BigDecimal.valueOf(cap.getValue()));
        }

        @Override
        void setReadOnly(boolean readOnly) {
            kind.setReadOnly(readOnly);
            name.setReadOnly(readOnly);
            points.setReadOnly(readOnly);
            cap.setReadOnly(readOnly);
        }
    }

    /** One veto condition and what it does to the grade. */
    static final class VetoLine extends SchemeRowsEditor.Line<VetoForm> {
        private final Long id;
        final com.vaadin.flow.component.textfield.TextField name = new com.vaadin.flow.component.textfield.TextField();
        final Select<VetoEffect> effect = new Select<>();

        VetoLine(VetoForm f) {
            id = f == null ? null : f.id();
            name.setPlaceholder("否决情形");
            name.setWidth("22em");
            effect.setItems(VetoEffect.values());
            effect.setItemLabelGenerator(VetoEffect::label);
            if (f != null) {
                name.setValue(f.name());
                effect.setValue(f.effect());
            }
            add(name, effect);
        }

        @Override
        VetoForm value() {
            return new VetoForm(id, name.getValue(), effect.getValue());
        }

        @Override
        void setReadOnly(boolean readOnly) {
            name.setReadOnly(readOnly);
            effect.setReadOnly(readOnly);
        }
    }
}
