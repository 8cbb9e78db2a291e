package com.jgdj.dashboard.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Leftovers of template websites pasted into a report (##paidbegin##, 阅读全部…登录, 浏览次数, 省略N字). */
final class WebJunkDetector {

    record Junk(int start, int end) {
    }

    /** Each pattern runs only when its trigger string occurs in the text. */
    private record Rule(String trigger, Pattern pattern) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule("##", Pattern.compile("##[A-Za-z_]{2,20}##")),
            new Rule("登录", Pattern.compile("阅读全部[^\\n]{0,30}?登录|登录(后|即可)?(查看|阅读|下载)(全文|全部|更多)?")),
            new Rule("浏览", Pattern.compile("浏览(次数|量)[：:]?\\s*\\d*次?")),
            new Rule("省略", Pattern.compile("(已|此处)?省略\\d+字")),
            new Rule("点击", Pattern.compile("点击(下载|查看|关注|阅读)(全文|原文|更多|本文)?")),
            new Rule("扫码", Pattern.compile("扫码(下载|查看|关注|阅读)(全文|原文|更多|本文)?")),
            new Rule("来源", Pattern.compile("(本文|文章)来源[：:][^\\n。]{0,30}")),
            new Rule("下载", Pattern.compile("(免费)?下载(全文|文档|本文|Word版)")),
            new Rule("VIP", Pattern.compile("VIP(专享|免费|下载)")),
            new Rule("会员", Pattern.compile("会员(专享|免费|下载)")),
            new Rule("原创不易", Pattern.compile("原创不易")),
            new Rule("侵权", Pattern.compile("如有侵权[^\\n。]{0,20}")),
            new Rule("全文", Pattern.compile("展开全文|全文阅读已结束")),
            new Rule("未读", Pattern.compile("剩余\\d+%未读")));

    private WebJunkDetector() {
    }

    static List<Junk> find(String text) {
        List<Junk> out = new ArrayList<>();
        for (Rule rule : RULES) {
            if (!text.contains(rule.trigger())) {
                continue;
            }
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) {
                out.add(new Junk(m.start(), m.end()));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Junk::start));
        return out;
    }

    static boolean covers(List<Junk> junk, int start, int end) {
        for (Junk j : junk) {
            if (j.start() < end && start < j.end()) {
                return true;
            }
        }
        return false;
    }
}
