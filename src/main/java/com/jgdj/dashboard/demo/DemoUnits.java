package com.jgdj.dashboard.demo;

import java.util.ArrayList;
import java.util.List;

import static com.jgdj.dashboard.demo.DemoCategory.*;

/**
 * The catalogue of demo units: 40 city units, then (for benchmark scales) numbered 党支部 variants of them.
 * Everything here depends only on the position in the catalogue, never on a random seed, so unit names,
 * codes and people are stable across loads.
 */
public final class DemoUnits {

    public static final String YOUTH_LEAGUE = "团市委机关党总支";
    public static final String FINANCE = "市财政局机关党委";
    public static final String POLITICS_AND_LAW = "市委政法委机关党支部";
    public static final String WORKING_COMMITTEE = "市直机关工委机关党支部";

    private record Entry(String code, String department, String suffix, String orgType, String shortName,
                         DemoCategory category) {
    }

    // The first twelve cover all five categories and the units that receive the real seed reports,
    // so small test scales still exercise both.
    private static final List<Entry> CATALOGUE = List.of(
            new Entry("tsw", "团市委", "机关党总支", "党总支", "团市委", 群团组织),
            new Entry("czj", "市财政局", "机关党委", "机关党委", "市财政局", 经济部门),
            new Entry("zfw", "市委政法委", "机关党支部", "党支部", "市委政法委", 政法部门),
            new Entry("jgw", "市直机关工委", "机关党支部", "党支部", "市直机关工委", 综合部门),
            new Entry("jyj", "市教育局", "机关党委", "机关党委", "市教育局", 社会事业部门),
            new Entry("fgw", "市发展改革委", "机关党委", "机关党委", "市发改委", 经济部门),
            new Entry("gaj", "市公安局", "党委", "党委", "市公安局", 政法部门),
            new Entry("wjw", "市卫生健康委", "机关党委", "机关党委", "市卫健委", 社会事业部门),
            new Entry("zgh", "市总工会", "机关党总支", "党总支", "市总工会", 群团组织),
            new Entry("zy", "市中级人民法院", "机关党委", "机关党委", "市中院", 政法部门),
            new Entry("fl", "市妇联", "机关党支部", "党支部", "市妇联", 群团组织),
            new Entry("bgs", "市委办公室", "机关党委", "机关党委", "市委办", 综合部门),
            new Entry("zfb", "市政府办公室", "机关党委", "机关党委", "市政府办", 综合部门),
            new Entry("zzb", "市委组织部", "机关党委", "机关党委", "市委组织部", 综合部门),
            new Entry("xcb", "市委宣传部", "机关党委", "机关党委", "市委宣传部", 综合部门),
            new Entry("tzb", "市委统战部", "机关党总支", "党总支", "市委统战部", 综合部门),
            new Entry("dag", "市档案馆", "党支部", "党支部", "市档案馆", 综合部门),
            new Entry("jgswj", "市机关事务管理局", "机关党委", "机关党委", "市机关事务局", 综合部门),
            new Entry("gxj", "市工业和信息化局", "机关党委", "机关党委", "市工信局", 经济部门),
            new Entry("swj", "市商务局", "机关党委", "机关党委", "市商务局", 经济部门),
            new Entry("zgj", "市自然资源和规划局", "党组", "党组", "市资规局", 经济部门),
            new Entry("zjj", "市住房城乡建设局", "机关党委", "机关党委", "市住建局", 经济部门),
            new Entry("jtj", "市交通运输局", "党委", "党委", "市交通局", 经济部门),
            new Entry("nyj", "市农业农村局", "机关党委", "机关党委", "市农业农村局", 经济部门),
            new Entry("scjg", "市市场监管局", "机关党委", "机关党委", "市市场监管局", 经济部门),
            new Entry("tjj", "市统计局", "机关党支部", "党支部", "市统计局", 经济部门),
            new Entry("sjj", "市审计局", "党组", "党组", "市审计局", 经济部门),
            new Entry("jcy", "市人民检察院", "机关党委", "机关党委", "市检察院", 政法部门),
            new Entry("sfj", "市司法局", "机关党委", "机关党委", "市司法局", 政法部门),
            new Entry("xfj", "市信访局", "机关党支部", "党支部", "市信访局", 政法部门),
            new Entry("mzj", "市民政局", "机关党委", "机关党委", "市民政局", 社会事业部门),
            new Entry("rsj", "市人力资源社会保障局", "机关党委", "机关党委", "市人社局", 社会事业部门),
            new Entry("wgl", "市文化广电和旅游局", "机关党委", "机关党委", "市文广旅局", 社会事业部门),
            new Entry("sthj", "市生态环境局", "党组", "党组", "市生态环境局", 社会事业部门),
            new Entry("tyj", "市体育局", "机关党总支", "党总支", "市体育局", 社会事业部门),
            new Entry("ybj", "市医疗保障局", "机关党支部", "党支部", "市医保局", 社会事业部门),
            new Entry("tyjr", "市退役军人事务局", "机关党支部", "党支部", "市退役军人局", 社会事业部门),
            new Entry("kx", "市科协", "机关党支部", "党支部", "市科协", 群团组织),
            new Entry("wl", "市文联", "机关党支部", "党支部", "市文联", 群团组织),
            new Entry("cl", "市残联", "机关党支部", "党支部", "市残联", 群团组织));

    public static final int CATALOGUE_SIZE = CATALOGUE.size();

    /** The demo's 机关党委 with 党支部 below it (catalogue positions), so the units page shows a tree. */
    public static final String PARENT = "市委办公室机关党委";
    private static final int PARENT_INDEX = 11;
    private static final List<Integer> PARENT_CHILDREN = List.of(16, 29, 35);   // 档案馆, 信访局, 医保局

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范金石廖贾夏方邹孟熊秦邱江薛段雷侯龙陶贺顾毛龚邵钱严戴孔汤";
    private static final String GIVEN = "建国明华志强伟军平红丽敏静涛斌磊鹏宇婷晓燕海峰俊杰文娟秀英兰春梅新民卫东刚立群慧琳振宏雪松云霞德胜家辉玉洁";

    private DemoUnits() {
    }

    /** The 40 units of the standard demo dataset. */
    public static List<DemoUnit> standard() {
        return first(CATALOGUE_SIZE);
    }

    /**
     * The first {@code count} units: the catalogue, then numbered branches of its departments
     * (市财政局第3党支部 …) whose names stay unique for any count.
     */
    public static List<DemoUnit> first(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be positive: " + count);
        }
        List<DemoUnit> units = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            units.add(unit(i));
        }
        return units;
    }

    /**
     * The catalogue position of the 上级单位 of the unit at {@code index}, or -1: the three 党支部 under
     * {@link #PARENT}, and every numbered branch under its department's unit (市财政局第3党支部 under 市财政局机关党委).
     */
    public static int parentIndex(int index) {
        if (index >= CATALOGUE_SIZE) {
            return index % CATALOGUE_SIZE;
        }
        return PARENT_CHILDREN.contains(index) ? PARENT_INDEX : -1;
    }

    static DemoUnit unit(int index) {
        Entry entry = CATALOGUE.get(index % CATALOGUE_SIZE);
        int branch = index / CATALOGUE_SIZE;
        String secretary = person(index, 1);
        String contact = person(index, 2);
        String phone = "0512-6555%04d".formatted(index % 10_000);
        if (branch == 0) {
            return new DemoUnit(entry.code(), entry.department(), entry.department() + entry.suffix(),
                    entry.shortName(), entry.category(), entry.orgType(), secretary, contact, phone);
        }
        return new DemoUnit(entry.code() + "_" + branch, entry.department(),
                entry.department() + "第" + branch + "党支部", entry.shortName() + "第" + branch + "支部",
                entry.category(), "党支部", secretary, contact, phone);
    }

    // Fictional people: a surname and one or two given-name characters picked by a hash of the position.
    private static String person(int index, int role) {
        long h = Mix.hash(index, role);
        String surname = String.valueOf(SURNAMES.charAt((int) Long.remainderUnsigned(h, SURNAMES.length())));
        h = Mix.hash(h, 7);
        String given = String.valueOf(GIVEN.charAt((int) Long.remainderUnsigned(h, GIVEN.length())));
        h = Mix.hash(h, 11);
        if (Long.remainderUnsigned(h, 3) != 0) {
            given += GIVEN.charAt((int) Long.remainderUnsigned(Mix.hash(h, 13), GIVEN.length()));
        }
        return surname + given;
    }
}
