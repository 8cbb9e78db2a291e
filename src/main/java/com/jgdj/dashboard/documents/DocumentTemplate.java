package com.jgdj.dashboard.documents;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;

/** The editable parts of one kind of generated document (one row per kind). */
@Entity
@Table(name = "document_template")
class DocumentTemplate {

    @Id
    private Long id;

    @Enumerated(EnumType.STRING)
    private TemplateKind kind;

    private String addressee;
    private String opening;
    private String closing;
    private String issuingOrgan;
    private String numberPattern;
    private String updatedBy;
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected DocumentTemplate() {
    }

    TemplateForm form() {
        return new TemplateForm(kind, addressee, opening, closing, issuingOrgan, numberPattern, version);
    }

    void apply(TemplateForm form, String user, OffsetDateTime now) {
        addressee = form.addressee().strip();
        opening = form.opening().strip();
        closing = form.closing().strip();
        issuingOrgan = form.issuingOrgan().strip();
        numberPattern = form.numberPattern().strip();
        updatedBy = user;
        updatedAt = now;
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }
}
