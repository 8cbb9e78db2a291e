package com.jgdj.dashboard.demo;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Paragraphs of work items that belong to one unit alone (drawn from a stream seeded by {@code key}), for the
 * planted copies: unlike the shared corpus, no other demo report contains them. No counts with measure words,
 * so the extracted indicators do not change.
 */
final class DemoOwnText {

    private static final List<String> WHO = List.of("机关党委", "青年理论学习小组", "党员先锋岗", "党员志愿服务队",
            "第一党支部", "第二党支部", "离退休干部党支部", "业务骨干突击队");
    private static final List<String> DID = List.of("牵头梳理", "协同推进", "专题调研", "对口帮扶", "集中攻坚",
            "蹲点督导", "上门走访", "跟踪问效");
    private static final List<String> WHAT = List.of("老旧小区加装电梯", "政务服务一网通办", "河道保洁长效机制",
            "企业开办全流程", "农村饮水安全工程", "社区养老服务站", "校园周边交通秩序", "重点项目审批流程",
            "背街小巷环境整治", "夜间经济街区", "公共法律服务站点", "防汛物资储备库");
    private static final List<String> WHERE = List.of("城东片区", "滨江街道", "高新园区", "北山镇", "老城区",
            "开发区", "西湖社区", "港口作业区", "南苑新村", "桃源村");
    private static final List<String> RESULT = List.of("形成问题清单并逐项销号", "建立周调度月通报机制",
            "推动责任落实到岗到人", "形成可复制的经验做法", "群众反映的急难愁盼问题得到解决",
            "相关做法被市级简报刊发", "与属地签订共建协议", "整理成册供各支部学习借鉴");
    private static final List<String> LINK = List.of("在此基础上", "同时", "为巩固成效", "针对发现的短板",
            "按照边查边改的要求", "结合主题党日");

    private DemoOwnText() {
    }

    /** At least {@code length} characters of paragraphs, one line each. */
    static String block(long key, int length) {
        SplittableRandom random = new SplittableRandom(Mix.hash(key, 0x5111L));
        StringBuilder b = new StringBuilder();
        while (b.length() < Math.max(60, length)) {
            if (!b.isEmpty()) {
                b.append('\n');
            }
            b.append(pick(WHO, random)).append(pick(DID, random)).append(pick(WHERE, random)).append(pick(WHAT, random))
                    .append("工作，").append(pick(RESULT, random)).append("。")
                    .append(pick(LINK, random)).append("，").append(pick(WHO, random)).append(pick(DID, random))
                    .append(pick(WHAT, random)).append("，").append(pick(RESULT, random)).append("。");
        }
        return b.toString();
    }

    private static String pick(List<String> items, SplittableRandom random) {
        return items.get(random.nextInt(items.size()));
    }
}
