package com.jgdj.dashboard.assessment.scheme;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;

interface AssessmentSchemeRepository extends JpaRepository<AssessmentScheme, Long> {

    Optional<AssessmentScheme> findByYear(int year);

    /** The newest scheme before {@code year}, or the default (year null) when there is none. */
    @Query("""
            select s from AssessmentScheme s
            where s.year < :year or s.year is null
            order by s.year desc nulls last limit 1""")
    Optional<AssessmentScheme> findTemplateFor(int year);
}
