package com.jgdj.dashboard.indicator;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface IndicatorRepository extends JpaRepository<Indicator, Long> {

    List<Indicator> findAllByOrderBySortOrderAscIdAsc();

    boolean existsByNameAndIdNot(String name, long id);

    boolean existsByName(String name);
}
