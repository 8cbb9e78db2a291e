package com.jgdj.dashboard.orgunit;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface CategoryRepository extends JpaRepository<Category, Long> {

    List<Category> findAllByOrderBySortOrderAscNameAsc();
}
