--liquibase formatted sql

--changeset jgdj:20261122-21
insert into assessment_scheme (year, name) values (null, '默认考核方案');

insert into scheme_dimension (scheme_id, name, max_points, description, sort_order)
select s.id, d.name, d.max_points, d.description, d.sort_order
from assessment_scheme s,
     (values ('政治建设', 20, '落实“第一议题”制度，贯彻上级决策部署，履行管党治党政治责任', 1),
             ('思想建设与理论学习', 15, '中心组学习、专题研讨、青年理论学习等按计划开展并有成效', 2),
             ('组织建设', 20, '三会一课、主题党日、组织生活会、党员发展与教育管理规范', 3),
             ('作风建设', 10, '调查研究、为民办实事、整治形式主义官僚主义', 4),
             ('纪律建设与党风廉政', 15, '警示教育、廉政谈话、问题整改，落实全面从严治党主体责任', 5),
             ('意识形态工作', 10, '意识形态工作责任制落实，阵地管理，舆情处置', 6),
             ('党建与业务融合', 10, '党建引领中心工作，形成品牌和可推广经验', 7))
         as d (name, max_points, description, sort_order)
where s.year is null;

insert into scheme_item (scheme_id, kind, name, points, cap, sort_order)
select s.id, i.kind, i.name, i.points, i.cap, i.sort_order
from assessment_scheme s,
     (values ('BONUS', '工作经验被上级党组织推广', 1.0, 2.0, 1),
             ('BONUS', '获市级以上党建工作表彰', 2.0, 3.0, 2),
             ('DEDUCTION', '逾期报送工作汇报', 1.0, 1.0, 3),
             ('DEDUCTION', '材料有未填写内容或与他人雷同', 2.0, 4.0, 4),
             ('DEDUCTION', '未查摆存在的问题', 1.0, 2.0, 5),
             ('DEDUCTION', '组织生活开展次数不足', 0.5, 2.0, 6))
         as i (kind, name, points, cap, sort_order)
where s.year is null;

insert into scheme_veto (scheme_id, name, effect, sort_order)
select s.id, v.name, v.effect, v.sort_order
from assessment_scheme s,
     (values ('发生严重违纪违法案件', 'POOR', 1),
             ('意识形态领域出现重大问题', 'POOR', 2),
             ('巡察或审计反馈问题整改不力', 'NOT_EXCELLENT', 3),
             ('年内被上级通报批评', 'NOT_EXCELLENT', 4))
         as v (name, effect, sort_order)
where s.year is null;
