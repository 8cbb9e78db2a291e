package com.jgdj.dashboard.documents;

import com.jgdj.dashboard.audit.AuditService;
import com.jgdj.dashboard.base.ConcurrentEditException;
import com.jgdj.dashboard.base.UserInputException;
import com.jgdj.dashboard.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;

/** The templates of the generated documents: read by the generators, edited by an administrator (audited). */
@Service
public class DocumentTemplateService {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentTemplateService.class);

    private final DocumentTemplateRepository templates;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    DocumentTemplateService(DocumentTemplateRepository templates, CurrentUser currentUser, AuditService audit,
                            Clock clock) {
        this.templates = templates;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public TemplateForm template(TemplateKind kind) {
        return load(kind).form();
    }

    /** Saves the template; refused with a Chinese message when a part is empty or too long, or it changed since. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public long save(TemplateForm form) {
        check(form.addressee(), "主送机关", 100);
        check(form.opening(), "开头", 2000);
        check(form.closing(), "结尾", 2000);
        check(form.issuingOrgan(), "发文机关署名", 100);
        check(form.numberPattern(), "发文字号", 100);
        DocumentTemplate template = load(form.kind());
        if (template.getVersion() != form.version()) {
            throw new ConcurrentEditException(form.kind().label() + "模板已被他人修改，请刷新后再编辑。");
        }
        template.apply(form, currentUser.username(), OffsetDateTime.now(clock));
        DocumentTemplate saved = templates.saveAndFlush(template);
        audit.record("DOCUMENT_TEMPLATE_SAVED", "document_template", saved.getId(), form.kind().label() + "模板");
        return saved.getVersion();
    }

    private static void check(String text, String part, int max) {
        if (text == null || text.isBlank()) {
            LOG.info("Template refused: {} is empty", part);
            throw new UserInputException("请填写" + part);
        }
        if (text.strip().length() > max) {
            LOG.info("Template refused: {} has {} characters, at most {}", part, text.strip().length(), max);
            throw new UserInputException(part + "不能超过" + max + "个字");
        }
    }

    private DocumentTemplate load(TemplateKind kind) {
        return templates.findByKind(kind).orElseThrow(() -> new IllegalStateException("No template " + kind));
    }
}
