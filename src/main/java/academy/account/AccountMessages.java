package academy.account;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Sign-in strings ({@code acct:}); English in {@code messages/acct_en.properties}. */
@MessageBundle(value = "acct", locale = "zh-CN")
public interface AccountMessages {

    @Message("登录")
    String login();

    @Message("退出登录")
    String logout();

    @Message("我的学习")
    String nav_me();

    @Message("账户设置")
    String account_console();

    @Message("管理控制台")
    String admin_console();

    @Message("已登录：{name}")
    String signed_in_as(String name);

    @Message("暂时无法登录")
    String unavailable_title();

    @Message("登录服务（Keycloak）目前无法连接，请稍后再试。课程内容仍可照常阅读；登录后才能记录学习进度。")
    String unavailable_text();

    @Message("返回首页")
    String home();

    @Message("重试登录")
    String retry();

    @Message("继续阅读")
    String continue_reading();
}
