package com.jgdj.dashboard.assessment;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface AssessmentRepository extends JpaRepository<Assessment, Long> {

    Optional<Assessment> findByUnitIdAndPeriodId(long unitId, long periodId);

    List<Assessment> findByPeriodId(long periodId);
}
