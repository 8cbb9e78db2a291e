package com.jgdj.dashboard.submission.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Leftovers of template websites pasted into a report (##paidbegin##, 阅读全部…登录, 浏览次数, 省略N字). */
final class WebJunkDetector {

    record Junk(int start, int end) {
    }

    private static final Pattern JUNK = Pattern.compile(
            "##[A-Za-z_]{2,20}##"
                    + "|阅读全部[^\\n]{0,30}?登录|登录(后|即可)?(查看|阅读|下载)(全文|全部|更多)?"
                    + "|浏览(次数|量)[：:]?\\s*\\d*次?"
                    + "|(已|此处)?省略\\d+字"
                    + "|(点击|扫码)(下载|查看|关注|阅读)(全文|原文|更多|本文)?"
                    + "|(本文|文章)来源[：:][^\\n。]{0,30}"
                    + "|(免费)?下载(全文|文档|本文|Word版)"
                    + "|(VIP|会员)(专享|免费|下载)"
                    + "|原创不易|如有侵权[^\\n。]{0,20}"
                    + "|展开全文|全文阅读已结束|剩余\\d+%未读");

    private WebJunkDetector() {
    }

    static List<Junk> find(String text) {
        List<Junk> out = new ArrayList<>();
        Matcher m = JUNK.matcher(text);
        while (m.find()) {
            out.add(new Junk(m.start(), m.end()));
        }
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
