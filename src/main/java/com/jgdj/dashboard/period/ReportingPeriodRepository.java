package com.jgdj.dashboard.period;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface ReportingPeriodRepository extends JpaRepository<ReportingPeriod, Long> {

    List<ReportingPeriod> findAllByOrderBySeqDesc();

    boolean existsByYearAndKind(int year, PeriodKind kind);

    boolean existsByYearAndKindAndIdNot(int year, PeriodKind kind, long id);
}
