package com.jgdj.dashboard.documents;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface DocumentTemplateRepository extends JpaRepository<DocumentTemplate, Long> {

    Optional<DocumentTemplate> findByKind(TemplateKind kind);
}
