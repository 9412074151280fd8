package academy.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** UI strings. Chinese is the default; English lives in {@code messages/msg_en.properties}. */
@MessageBundle(locale = "zh-CN")
public interface Messages {

    @Message("Kube Internals Academy")
    String site_name();

    @Message("跳到正文")
    String skip_to_content();

    @Message("课程目录")
    String nav_catalog();

    @Message("学习路径")
    String nav_paths();

    @Message("主导航")
    String nav_label();

    @Message("English")
    String lang_switch();

    @Message("切换到英文界面")
    String lang_switch_title();

    @Message("切换深色/浅色模式")
    String theme_toggle();

    @Message("课程内容基于 Kubernetes v{version} 源码编写；源码链接均指向 v1.32.0 标签。")
    String footer_note(String version);

    @Message("浏览全部 {count} 个模块")
    String home_browse(int count);

    @Message("选择一条学习路径")
    String home_paths_title();

    @Message("{modules} 个模块 · 已上线 {lessons} / {planned} 课")
    String course_stats(int modules, int lessons, int planned);

    @Message("从这里开始")
    String path_start();

    @Message("查看路径")
    String path_view();

    @Message("{count} 个模块")
    String module_count(int count);

    @Message("{count} 课")
    String lesson_count(int count);

    @Message("即将推出")
    String coming_soon();

    @Message("本模块的课程正在编写中（计划 {planned} 课），上线后会出现在这里。")
    String coming_soon_text(int planned);

    @Message("约 {minutes} 分钟")
    String minutes(int minutes);

    @Message("学习目标")
    String objectives();

    @Message("前置课程")
    String prerequisites();

    @Message("本课目录")
    String toc();

    @Message("源码参考（Kubernetes v1.32.0）")
    String sources();

    @Message("上一课")
    String prev();

    @Message("下一课")
    String next();

    @Message("正在学习：{title}")
    String following_path(String title);

    @Message("模块 {number}")
    String module_label(String number);

    @Message("课程")
    String breadcrumb_course();

    @Message("页面不存在")
    String not_found_title();

    @Message("没有找到你要的页面：{path}。它可能已被移动，或链接有误。")
    String not_found_text(String path);

    @Message("返回首页")
    String back_home();

    @Message("请求有误")
    String bad_request_title();

    @Message("出错了")
    String error_title();


    @Message("服务器处理请求时出错。错误编号：{id}。请稍后再试；如果问题持续，请把错误编号告诉管理员。")
    String error_text(String id);

    @Message("路径中的模块")
    String path_modules();

    @Message("本路径共 {modules} 个模块、{lessons} 课，约 {hours} 小时。")
    String path_summary(int modules, int lessons, long hours);

    @Message("本模块暂无课程")
    String no_lessons();

    @Message("模块内容")
    String module_lessons();

    @Message("请求被拒绝：缺少有效的 CSRF 令牌。请回到页面刷新后重新提交表单。")
    String csrf_missing();

    @Message("请求被拒绝：它来自其他网站（{origin}）。请直接在本站页面上操作。")
    String cross_site_refused(String origin);

    @Message("请求的 Content-Type 无效：{detail}。表单请使用 application/x-www-form-urlencoded，API 请使用 application/json。")
    String content_type_invalid(String detail);

    @Message("请求体不是有效的 JSON：{detail}")
    String json_invalid(String detail);

    @Message("提交的内容过大：某个字段或整个请求超过了大小限制（每个表单字段最多 {limit} 字节）。请缩短后重试。")
    String too_large(String limit);

    @Message("服务器正忙，请 {seconds} 秒后重试。")
    String busy(int seconds);
}
