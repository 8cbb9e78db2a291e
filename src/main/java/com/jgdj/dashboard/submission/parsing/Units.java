package com.jgdj.dashboard.submission.parsing;

/**
 * Measure words that make a number a count. Longest first; single characters that also start common words
 * (部门, 项目, 条例, 期间 …) carry a negative lookahead so that "3个项目" counts 个 and "项目" is no unit.
 */
final class Units {

    static final String UNIT = "(?:个百分点|个场次|万人次|人次|场次|件次|篇次|期次|批次|户次|家次|轮次|份次|课时|学时|小时|平方米|公里|亿元|万元|千元"
            + "|次|场(?!所|景|合|地|域)|期(?!间|限|刊|末|初|待|望)|人(?!民|员|才|大|社|士|事|口|们|选|性)|名(?!单|义|称|誉|额)"
            + "|位(?!置|于)|个(?!体|性|别)|项(?!目)|条(?!例|件|款|线|理)|篇|份(?!额)|家(?!庭|风|属|乡|园)|支(?!部|持|撑|付|出)"
            + "|笔(?!记)|件|批(?!示|评|准|复)|堂|节(?!日|点|约|奏)|天|处(?!理|级|室|长|置|分)|户(?!籍|外)|所(?!有|在|属|以|得)"
            + "|座(?!谈)|本(?!领|质|单位|着|地|职|人)|册|部(?!门|署|分|长|队)|套|台(?!账|阶)|间(?!隔|断)|张(?!力)|起(?!来|到)"
            + "|例(?!如)|轮|班(?!子)|晚|平(?!台|稳|安|衡|等)|倍|元|%|万|亿)";

    private Units() {
    }
}
