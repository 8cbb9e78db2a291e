package com.jgdj.dashboard.security.ui;

import com.jgdj.dashboard.base.Product;
import com.jgdj.dashboard.security.StartupState;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

@Route(value = "login", autoLayout = false)
@PageTitle("登录 · " + Product.NAME)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();
    private final StartupState startup;
    private LoginI18n shown;

    public LoginView(StartupState startup) {
        this.startup = startup;
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        show(chinese());
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        add(form);
    }

    static LoginI18n chinese() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(Product.NAME);
        f.setUsername("用户名");
        f.setPassword("密码");
        f.setSubmit("登录");
        f.setForgotPassword("忘记密码");
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle("用户名或密码错误");
        error.setMessage("请检查用户名和密码后重试。");
        error.setUsername("请输入用户名");
        error.setPassword("请输入密码");
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!startup.isReady()) {
            // the server answers before the demo data and its accounts exist: no sign-in until then
            show(withError(new StartupState.NotReadyException()));
            form.setError(true);
            form.setEnabled(false);
            return;
        }
        form.setEnabled(true);
        boolean error = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        if (error) {
            show(withError(lastFailure()));
        }
        form.setError(error);
    }

    private void show(LoginI18n i18n) {
        shown = i18n;
        form.setI18n(i18n);
    }

    /** The texts the form shows (the component keeps its getter to itself). */
    LoginI18n shown() {
        return shown;
    }

    /** The failed sign-in's exception, which Spring Security's failure handler keeps in the session. */
    private static Object lastFailure() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null || session.getSession() == null ? null
                : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    /** A locked or disabled account says so (the message is the provider's, in Chinese); anything else is generic. */
    static LoginI18n withError(Object failure) {
        LoginI18n i18n = chinese();
        if (failure instanceof StartupState.NotReadyException) {
            i18n.getErrorMessage().setTitle(StartupState.TITLE);
            i18n.getErrorMessage().setMessage(StartupState.MESSAGE);
        } else if (failure instanceof LockedException locked) {
            i18n.getErrorMessage().setTitle("账号已锁定");
            i18n.getErrorMessage().setMessage(locked.getMessage());
        } else if (failure instanceof DisabledException disabled) {
            i18n.getErrorMessage().setTitle("账号已停用");
            i18n.getErrorMessage().setMessage(disabled.getMessage());
        }
        return i18n;
    }
}
