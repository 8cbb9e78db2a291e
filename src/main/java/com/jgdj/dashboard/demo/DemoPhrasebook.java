package com.jgdj.dashboard.demo;

import java.util.List;

/**
 * The vocabularies demo reports are written from. Sentences combine a slot filler of each list, so two units'
 * work paragraphs share few runs of eight characters; only the standard political phrasing ({@link #POLITICAL})
 * and the short headings and leads are shared, as in real reports.
 *
 * <p>Keep out of these lists: 4-digit years, 多少, XX, ##, 问题, 整改, 存在的, 下半年工作 and 下一步工作打算 (the
 * composer plants some of them on purpose, the parser counts others) and Chinese numerals followed by 、.
 */
final class DemoPhrasebook {

    private DemoPhrasebook() {
    }

    /** Standard political phrasing: shared by many reports and common language, never copying. */
    static final List<String> POLITICAL = List.of(
            "坚持以习近平新时代中国特色社会主义思想为指导",
            "以习近平新时代中国特色社会主义思想为指引",
            "深入学习贯彻党的二十大精神",
            "增强“四个意识”、坚定“四个自信”、做到“两个维护”",
            "深刻领悟“两个确立”的决定性意义",
            "落实全面从严治党主体责任",
            "以高质量党建引领高质量发展",
            "不忘初心、牢记使命");

    static final List<String> OPENING_LEADS = List.of("在市委市政府的正确领导下", "在市委市级机关工委的指导下",
            "在派驻纪检监察组的监督指导下", "在市直机关工委的精心指导下", "按照市委统一部署");

    static final List<String> DISTRICTS = List.of("城东", "城西", "滨江", "高新", "北山", "南湖", "老城", "江北",
            "桃源", "临港", "青山", "金沙", "白沙", "凤凰", "龙泉", "西湖", "东湖", "石桥", "柳营", "梅岭", "松林",
            "红旗", "长安", "清水", "望江", "双桥", "花园", "新华", "解放", "人民");
    static final List<String> PLACE_KINDS = List.of("街道", "镇", "社区", "村", "园区", "片区", "新村", "商圈",
            "工业园", "开发区");
    static final List<String> BRANCH_KINDS = List.of("第一党支部", "第二党支部", "第三党支部", "综合科党支部",
            "机关青年理论学习小组", "离退休干部党支部", "业务骨干突击队", "党员先锋岗", "党员志愿服务队",
            "政策研究室党支部", "办公室党支部", "执法大队党支部", "信息中心党支部", "窗口服务党小组");
    static final List<String> ROLES = List.of("支部书记", "组织委员", "宣传委员", "纪检委员", "党务专干", "青年干部",
            "分管领导", "科室负责人");
    static final String SURNAMES = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜谢邹喻柏水窦章云苏潘葛范彭郎鲁韦马苗凤方俞任袁柳";
    static final String GIVEN = "子涵浩然思远雨欣俊豪梓萱晨阳佳怡博文诗琪宇航欣悦泽宇若曦天佑一诺明轩可馨皓轩雅静志远瑞霖";
    static final List<String> BRAND_WORDS = List.of("红帆", "先锋", "初心", "领航", "聚力", "清风", "暖心",
            "星火", "同心", "匠心", "振兴", "启明", "磐石", "春风", "连心", "砺剑", "护航");
    static final List<String> BRAND_NOUNS = List.of("驿站", "工作室", "课堂", "行动", "品牌", "联盟", "书屋", "讲堂",
            "服务队", "议事厅");
    static final List<String> WORK_ITEMS = List.of("老旧小区加装电梯", "政务服务一网通办", "河道保洁长效管护",
            "企业开办全流程", "农村饮水安全工程", "社区养老服务站", "校园周边交通秩序", "重点项目审批流程",
            "背街小巷环境提升", "夜间经济街区", "公共法律服务站点", "防汛物资储备库", "小微企业融资对接",
            "高校毕业生就业见习", "城乡客运一体化", "菜篮子价格监测", "历史文化街区保护", "外卖骑手权益保障",
            "新就业群体服务", "一老一小服务", "农村人居环境提升", "预付式消费监管", "积案化解攻坚",
            "安全生产隐患排查", "森林防火网格", "招商引资项目库", "数字档案馆建设", "全民健身步道",
            "医保基金监管", "退役军人就业创业", "残疾人托养服务", "科普示范基地", "非遗传承工作站",
            "营商环境体验官", "12345热线工单办理", "基层减负专项治理", "地名文化保护", "燃气管网改造",
            "农产品质量追溯", "困难职工帮扶", "网格化基层治理", "矛盾纠纷多元化解", "城市更新片区",
            "绿色低碳示范点", "冷链物流园区", "乡村振兴联系点", "智慧停车改造", "口袋公园建设");
    static final List<String> VERBS = List.of("牵头梳理", "协同推进", "专题调研", "对口帮扶", "集中攻坚",
            "蹲点督导", "上门服务", "跟踪问效", "现场办公", "结对共建", "联合会商", "入户宣讲", "挂图作战",
            "清单推进", "包片联系", "驻点服务");
    static final List<String> RESULTS = List.of("形成一批可复制的经验做法", "建立周调度月通报机制",
            "推动责任落实到岗到人", "相关做法被市级简报刊发", "与属地签订共建协议", "整理成册供各支部学习借鉴",
            "群众满意度明显提升", "办理时限平均压缩三成", "获得服务对象书面感谢", "做法被省级媒体报道",
            "提前完成年度节点目标", "实现由被动应对向主动服务转变", "打通服务群众最后一公里",
            "赢得辖区居民广泛好评", "形成党建与业务同频共振的良好局面");
    static final List<String> DETAILS = List.of("收集意见建议{n:12-90}条", "召开现场协调会{n:2-9}场",
            "走访群众{n:40-300}户", "帮助协调资金{n:20-300}万元", "惠及群众{n:200-3000}人", "编印工作手册{n:1-5}册",
            "组织骨干{n:6-40}名", "开展政策解读{n:3-20}场", "覆盖楼栋{n:10-90}栋", "服务企业{n:8-90}家",
            "推出便民措施{n:4-20}项", "办结群众诉求{n:30-400}件");
    static final List<String> TIMES = List.of("年初", "春节前后", "汛期前", "开学前后", "暑期", "国庆前后",
            "结合主题党日", "利用周末时间", "在重要节点", "在重大活动保障期间");
    static final List<String> METHODS = List.of("采取“四不两直”方式", "推行“一线工作法”", "建立“项目化”推进台账",
            "实行“双向认领”机制", "运用“互联网+”手段", "推行“首问负责制”", "建立“红黄绿”预警机制",
            "落实“接诉即办”要求");
    static final List<String> DIFFICULTIES = List.of("难点堵点", "薄弱环节", "群众急难愁盼", "服务盲区",
            "衔接不畅环节", "基层反映集中的事项");
    static final List<String> SHORTFALLS = List.of("还停留在面上推动", "成效还不够明显", "与群众期待仍有差距",
            "长效机制还不够健全", "覆盖面还不够广", "创新办法还不多", "跟踪问效还不够及时",
            "部门之间协同还不够顺畅");
    static final List<String> PLAN_VERBS = List.of("持续深化", "全面推开", "总结推广", "巩固提升", "拓展延伸",
            "提档升级", "扩面提质");
    static final List<String> GOALS = List.of("力争形成示范效应", "确保按期完成既定目标", "让群众有更多获得感",
            "推动党建优势转化为发展优势", "打造有辨识度的党建品牌", "以实绩检验学习成效");
    static final List<String> CLOSINGS = List.of("取得了较好成效。", "得到上级充分肯定。", "为完成各项任务提供了保障。",
            "党员干部的责任意识明显增强。", "机关党建质量稳步提升。", "");

    /** Lines of the 存在的问题 part: a short shared lead, then the unit's own example. */
    static final List<String> PROBLEM_LEADS = List.of("理论学习的深度还不够。", "党建与业务融合还不够紧密。",
            "干部作风建设举措还不够硬朗。", "压力传导机制还不够健全。", "党务干部业务水平有待提高。",
            "党建特色亮点还不够明显。", "意识形态工作还有薄弱环节。", "组织生活的形式比较单一。",
            "制度执行的刚性还不够强。", "基层党组织的战斗堡垒作用发挥还不均衡。");
    static final List<String> PLAN_LEADS = List.of("抓学习教育。", "抓组织建设。", "抓作风建设。",
            "坚定不移以高质量党建引领高质量发展。", "坚定不移守牢意识形态阵地。", "坚定不移一体化推进“三不”。",
            "抓党建与业务融合。", "抓队伍建设。");
}
