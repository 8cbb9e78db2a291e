package com.jgdj.dashboard.findings;

import org.springframework.data.jpa.repository.JpaRepository;

interface CountRuleRepository extends JpaRepository<CountRule, Long> {
}
