package com.jgdj.dashboard.account;

import com.jgdj.dashboard.audit.AuditEntry;
import com.jgdj.dashboard.audit.AuditService;
import com.jgdj.dashboard.base.ConcurrentEditException;
import com.jgdj.dashboard.base.UserInputException;
import com.jgdj.dashboard.orgunit.OrgUnitService;
import com.jgdj.dashboard.security.AppUser;
import com.jgdj.dashboard.security.AppUserRepository;
import com.jgdj.dashboard.security.CurrentUser;
import com.jgdj.dashboard.security.Role;
import com.jgdj.dashboard.security.SignInAttempts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Objects;

/**
 * Users and their passwords. Administrators create users, edit their name, role and unit, disable and re-enable
 * them, reset passwords and lift locks; every user changes its own password. The last enabled administrator can be
 * neither disabled nor demoted. Every change is audited with its before and after values.
 */
@Service
public class UserService {

    private final AppUserRepository users;
    private final UserQuery query;
    private final PasswordEncoder encoder;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final SignInAttempts attempts;
    private final OrgUnitService units;

    UserService(AppUserRepository users, UserQuery query, PasswordEncoder encoder, CurrentUser currentUser,
                AuditService audit, SignInAttempts attempts, OrgUnitService units) {
        this.users = users;
        this.query = query;
        this.encoder = encoder;
        this.currentUser = currentUser;
        this.audit = audit;
        this.attempts = attempts;
        this.units = units;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<UserRow> page(String text, int offset, int limit) {
        return query.page(text, offset, limit);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public long count(String text) {
        return query.count(text);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public long create(UserForm form) {
        String username = form.username() == null ? "" : form.username().trim();
        if (!username.matches("[A-Za-z0-9_.-]{2,50}")) {
            throw new UserInputException("用户名须为2至50位字母、数字或 _ . -");
        }
        if (users.existsByUsernameIgnoreCase(username)) {
            throw new UserInputException("用户名已存在：" + username);
        }
        String displayName = displayName(form);
        checkUnit(form.role(), form.unitId());
        PasswordRules.check(username, form.password());
        AppUser user = new AppUser(username, displayName, encoder.encode(form.password()), form.role(),
                form.role() == Role.REPORTER ? form.unitId() : null);
        user.setPasswordHash(user.getPasswordHash(), true);
        AppUser saved = users.saveAndFlush(user);
        audit.record(AuditEntry.of("USER_CREATED", "app_user", saved.getId(), username + "（" + displayName + "）")
                .unit(saved.getUnitId()).change(null, describe(saved)));
        return saved.getId();
    }

    /** Name, role and (for a reporter) unit of a user at {@code form.version()}. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void update(UserForm form) {
        AppUser user = current(form.id(), form.version());
        String displayName = displayName(form);
        checkUnit(form.role(), form.unitId());
        if (user.getRole() == Role.ADMIN && form.role() != Role.ADMIN && user.isEnabled()) {
            requireAnotherEnabledAdmin("不能更改最后一个在用系统管理员的角色");
        }
        String before = describe(user);
        user.setDisplayName(displayName);
        user.setRole(form.role(), form.unitId());
        AppUser saved = users.saveAndFlush(user);
        audit.record(AuditEntry.of("USER_UPDATED", "app_user", saved.getId(), saved.getUsername())
                .unit(saved.getUnitId()).change(before, describe(saved)));
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void setEnabled(long id, long version, boolean enabled) {
        AppUser user = current(id, version);
        if (user.isEnabled() == enabled) {
            return;
        }
        if (!enabled && user.getRole() == Role.ADMIN) {
            requireAnotherEnabledAdmin("不能停用最后一个在用的系统管理员");
        }
        user.setEnabled(enabled);
        users.saveAndFlush(user);
        audit.record(AuditEntry.of(enabled ? "USER_ENABLED" : "USER_DISABLED", "app_user", id, user.getUsername())
                .unit(user.getUnitId()).change(enabled ? "已停用" : "在用", enabled ? "在用" : "已停用"));
    }

    /** A password chosen by the administrator; the user must replace it at its next sign-in. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void resetPassword(long id, long version, String password) {
        AppUser user = current(id, version);
        PasswordRules.check(user.getUsername(), password);
        user.setPasswordHash(encoder.encode(password), true);
        users.saveAndFlush(user);
        audit.record(AuditEntry.of("PASSWORD_RESET", "app_user", id, user.getUsername() + "：密码已重置，下次登录须修改"));
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void unlock(long id) {
        AppUser user = users.findById(id).orElseThrow(() -> new UserInputException("该用户已不存在"));
        if (attempts.unlock(id)) {
            audit.record(AuditEntry.of("ACCOUNT_UNLOCKED", "app_user", id, user.getUsername() + "：管理员解除锁定"));
        }
    }

    /** The signed-in user replaces its own password, proving the current one. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changeOwnPassword(String currentPassword, String newPassword) {
        AppUser user = signedIn();
        if (currentPassword == null || !encoder.matches(currentPassword, user.getPasswordHash())) {
            throw new UserInputException("当前密码不正确");
        }
        PasswordRules.check(user.getUsername(), newPassword);
        if (encoder.matches(newPassword, user.getPasswordHash())) {
            throw new UserInputException("新密码不能与当前密码相同");
        }
        user.setPasswordHash(encoder.encode(newPassword), false);
        users.saveAndFlush(user);
        audit.record(AuditEntry.of("PASSWORD_CHANGED", "app_user", user.getId(), user.getUsername() + "：修改了自己的密码"));
    }

    /** True while the signed-in user still has a password someone else chose. */
    @Transactional(readOnly = true)
    public boolean mustChangePassword() {
        return currentUser.get().flatMap(u -> users.findById(u.id())).map(AppUser::isMustChangePassword)
                .orElse(false);
    }

    private AppUser signedIn() {
        long id = currentUser.get().orElseThrow(() -> new IllegalStateException("No signed-in user")).id();
        return users.findById(id).orElseThrow(() -> new UserInputException("该用户已不存在"));
    }

    private AppUser current(Long id, Long version) {
        AppUser user = users.findById(Objects.requireNonNull(id))
                .orElseThrow(() -> new UserInputException("该用户已不存在"));
        if (version == null || user.getVersion() != version) {
            throw new ConcurrentEditException("该用户已被他人修改，请重新打开后再操作。");
        }
        return user;
    }

    private void requireAnotherEnabledAdmin(String message) {
        if (users.countByRoleAndEnabledTrue(Role.ADMIN) <= 1) {
            throw new UserInputException(message);
        }
    }

    private void checkUnit(Role role, Long unitId) {
        if (role == null) {
            throw new UserInputException("请选择角色");
        }
        if (role == Role.REPORTER && (unitId == null || units.option(unitId).isEmpty())) {
            throw new UserInputException("单位联络员须绑定一个单位");
        }
    }

    private static String displayName(UserForm form) {
        String name = form.displayName() == null ? "" : form.displayName().trim();
        if (name.isEmpty() || name.length() > 50) {
            throw new UserInputException("请填写姓名（不超过50字）");
        }
        return name;
    }

    private String describe(AppUser user) {
        String unit = user.getUnitId() == null ? ""
                : "，单位：" + units.option(user.getUnitId()).map(u -> u.name()).orElse("#" + user.getUnitId());
        return "姓名：" + user.getDisplayName() + "，角色：" + user.getRole().label() + unit;
    }
}
