package com.jgdj.dashboard.assessment;

import org.springframework.data.jpa.repository.JpaRepository;

interface AssessmentRevisionRepository extends JpaRepository<AssessmentRevision, Long> {
}
