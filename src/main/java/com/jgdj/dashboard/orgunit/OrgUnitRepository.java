package com.jgdj.dashboard.orgunit;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;

interface OrgUnitRepository extends JpaRepository<OrgUnit, Long> {

    @Query("""
            select new com.jgdj.dashboard.orgunit.OrgUnitDetails(u.id, u.version, u.name, u.shortName, c.id,
                   c.name, p.id, p.name, u.orgType, u.secretaryName, u.contactName, u.contactPhone, u.active)
            from OrgUnit u join Category c on c.id = u.categoryId left join OrgUnit p on p.id = u.parentId
            where u.id = :id""")
    Optional<OrgUnitDetails> findDetails(long id);

    boolean existsByNameIgnoreCase(String name);

    boolean existsByNameIgnoreCaseAndIdNot(String name, long id);
}
