package com.jgdj.dashboard.documents.ui;

import com.jgdj.dashboard.base.UserInputException;
import com.jgdj.dashboard.base.ui.Notifications;
import com.jgdj.dashboard.base.ui.ViewHeader;
import com.jgdj.dashboard.documents.DocumentService;
import com.jgdj.dashboard.documents.DocumentTemplateService;
import com.jgdj.dashboard.documents.TemplateForm;
import com.jgdj.dashboard.documents.TemplateKind;
import com.jgdj.dashboard.documents.docx.Block;
import com.jgdj.dashboard.documents.docx.OfficialText;
import com.jgdj.dashboard.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.Optional;

/**
 * 公文模板: the editable parts of the 通报 and the 反馈意见 (addressee, opening, closing, issuing organ, document
 * number), with a preview of the document as it would read for the latest published period.
 */
@Route("document-templates")
@PageTitle("公文模板")
@Menu(order = 85, icon = "vaadin:file-text-o", title = "公文模板")
@RolesAllowed(Role.ADMIN_NAME)
class DocumentTemplateView extends VerticalLayout {

    final RadioButtonGroup<TemplateKind> kind = new RadioButtonGroup<>();
    final TextField addressee = new TextField("主送机关");
    final TextArea opening = new TextArea("开头（每行一段）");
    final TextArea closing = new TextArea("结尾（每行一段）");
    final TextField issuingOrgan = new TextField("发文机关署名");
    final TextField numberPattern = new TextField("发文字号");
    final Button save = new Button("保存");
    final Button showPreview = new Button("预览");
    final Div preview = new Div();

    private final DocumentTemplateService templates;
    private final DocumentService documents;
    private long version;

    DocumentTemplateView(DocumentTemplateService templates, DocumentService documents) {
        this.templates = templates;
        this.documents = documents;
        add(new ViewHeader("公文模板"));
        kind.setItems(TemplateKind.values());
        kind.setItemLabelGenerator(TemplateKind::label);
        kind.addValueChangeListener(e -> load());
        opening.setHelperText("可用 {period}（报送期）、{year}（发文年份）、{unit}（单位，仅反馈意见）");
        numberPattern.setHelperText("例如 市直工委〔{year}〕1号");
        FormLayout form = new FormLayout(addressee, numberPattern, opening, closing, issuingOrgan);
        form.setColspan(opening, 2);
        form.setColspan(closing, 2);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        showPreview.addClickListener(e -> showPreview());
        preview.setId("template-preview");
        preview.addClassName("document-preview");
        preview.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("padding", "var(--lumo-space-m)")
                .set("max-width", "48rem").set("font-family", "FangSong, STFangsong, serif");
        add(kind, form, new HorizontalLayout(save, showPreview), new H3("预览"), preview);
        kind.setValue(TemplateKind.NOTICE);
    }

    private TemplateForm form() {
        return new TemplateForm(kind.getValue(), addressee.getValue(), opening.getValue(), closing.getValue(),
                issuingOrgan.getValue(), numberPattern.getValue(), version);
    }

    private void load() {
        TemplateForm t = templates.template(kind.getValue());
        addressee.setValue(t.addressee());
        opening.setValue(t.opening());
        closing.setValue(t.closing());
        issuingOrgan.setValue(t.issuingOrgan());
        numberPattern.setValue(t.numberPattern());
        version = t.version();
        showPreview();
    }

    private void save() {
        try {
            version = templates.save(form());
            Notifications.success("已保存" + kind.getValue().label() + "模板");
            showPreview();
        } catch (UserInputException ex) {
            Notifications.error(ex.getMessage());
        }
    }

    /** The document's lines as paragraphs: the title centred and large, headings bold, the signature right. */
    void showPreview() {
        preview.removeAll();
        Optional<OfficialText> text = documents.preview(form());
        if (text.isEmpty()) {
            preview.add(new Paragraph("还没有已通报的报送期，发布考核结果后可预览。"));
            return;
        }
        for (Block block : text.get().blocks()) {
            if (block.kind() == Block.Kind.TABLE) {
                block.rows().forEach(r -> preview.add(line(String.join("　", r), "table")));
            } else {
                preview.add(line(block.text(), block.kind().name().toLowerCase()));
            }
        }
    }

    private static Paragraph line(String text, String kind) {
        Paragraph p = new Paragraph(text);
        p.addClassName("doc-" + kind);
        p.getStyle().set("margin", "0.2em 0");
        switch (kind) {
            case "title", "number" -> p.getStyle().set("text-align", "center")
                    .set("font-size", "title".equals(kind) ? "1.5em" : "1em");
            case "heading1", "heading2" -> p.getStyle().set("font-weight", "bold").set("text-indent", "2em");
            case "body" -> p.getStyle().set("text-indent", "2em");
            case "organ", "date" -> p.getStyle().set("text-align", "right").set("padding-right", "4em");
            default -> { }
        }
        return p;
    }
}
