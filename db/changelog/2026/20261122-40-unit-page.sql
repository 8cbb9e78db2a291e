--liquibase formatted sql

--changeset jgdj:20261122-40
-- the unit page ranks one unit per period by counting the graded units above it; status is included so that the
-- count for published results only is an index-only scan
create index assessment_period_total_idx on assessment (period_id, total) include (status) where grade is not null;

--changeset jgdj:20261122-41
-- the assessment dimension (by name, which a scheme copied to a new year keeps) that an indicator's counts are
-- evidence for; the unit page lists them under the dimension's score
alter table indicator add column dimension_name varchar(50);

update indicator set dimension_name = '政治建设' where name in ('第一议题');
update indicator set dimension_name = '思想建设与理论学习'
    where name in ('中心组学习', '集体学习', '心得体会', '测试考试', '宣讲', '培训');
update indicator set dimension_name = '组织建设'
    where name in ('三会一课/支部大会', '主题党日', '党课', '组织生活会', '民主生活会', '谈心谈话', '发展党员',
                   '主题活动', '党员参与人次');
update indicator set dimension_name = '作风建设' where name in ('走访调研', '志愿服务', '督查检查');
update indicator set dimension_name = '纪律建设与党风廉政'
    where name in ('警示教育', '廉政教育', '廉政谈话/约谈', '廉政风险点', '发现问题', '完成整改', '建立或修订制度');
update indicator set dimension_name = '意识形态工作' where name in ('意识形态专题研究', '意识形态工作');
