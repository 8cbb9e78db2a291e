package com.jgdj.dashboard.auditlog;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The Chinese names of the audit log's actions ({@code audit_log.action}); an unknown action shows its code. */
public record AuditKind(String code, String label) {

    private static final List<AuditKind> KNOWN = Arrays.stream(new String[][]{
            {"SIGNED_IN", "登录"}, {"SIGN_IN_FAILED", "登录失败"}, {"SIGN_IN_REFUSED", "登录被拒绝"},
            {"ACCOUNT_LOCKED", "账号锁定"}, {"ACCOUNT_UNLOCKED", "解除锁定"},
            {"USER_CREATED", "新增用户"}, {"USER_UPDATED", "修改用户"}, {"USER_DISABLED", "停用用户"},
            {"USER_ENABLED", "启用用户"}, {"PASSWORD_RESET", "重置密码"}, {"PASSWORD_CHANGED", "修改密码"},
            {"SUBMISSION_IMPORTED", "上传材料"}, {"SUBMISSION_REFUSED", "上传被拒绝"},
            {"SUBMISSION_ACCEPTED", "材料通过"}, {"SUBMISSION_RETURNED", "材料退回"},
            {"LATE_SUBMISSION_GRANTED", "准予补报"},
            {"ASSESSMENT_CREATED", "首次评分"}, {"ASSESSMENT_SAVED", "修改评分"},
            {"ASSESSMENT_SUBMITTED", "提交审核"}, {"ASSESSMENT_RETURNED", "退回草稿"},
            {"ASSESSMENT_QUOTA", "名额调整"}, {"ASSESSMENT_CORRECTED", "更正结果"},
            {"PERIOD_APPROVED", "审定"}, {"PERIOD_APPROVAL_REVOKED", "撤销审定"}, {"PERIOD_PUBLISHED", "通报"},
            {"PERIOD_CREATED", "新增报送期"}, {"PERIOD_UPDATED", "修改报送期"}, {"PERIOD_CLOSED", "关闭报送期"},
            {"PERIOD_REOPENED", "重新开放报送期"},
            {"SCHEME_CREATED", "建立考核方案"}, {"SCHEME_COPIED", "复制考核方案"}, {"SCHEME_UPDATED", "修改考核方案"},
            {"UNIT_CREATED", "新增单位"}, {"UNIT_UPDATED", "修改单位"},
            {"INDICATOR_CREATED", "新增指标"}, {"INDICATOR_UPDATED", "修改指标"},
            {"INTERVIEW_RECORDED", "记录约谈"}, {"FINDINGS_EXPORTED", "导出核查发现"}})
            .map(p -> new AuditKind(p[0], p[1])).toList();
    private static final Map<String, AuditKind> BY_CODE = KNOWN.stream()
            .collect(Collectors.toMap(AuditKind::code, Function.identity()));

    public static List<AuditKind> known() {
        return KNOWN;
    }

    public static AuditKind of(String code) {
        return BY_CODE.getOrDefault(code, new AuditKind(code, code));
    }
}
