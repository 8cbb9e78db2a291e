package com.jgdj.dashboard.ranking;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface InterviewRepository extends JpaRepository<Interview, Long> {

    Optional<Interview> findByUnitIdAndPeriodId(long unitId, long periodId);
}
