package academy.progress;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Progress strings ({@code prog:}); English in {@code messages/prog_en.properties}. */
@MessageBundle(value = "prog", locale = "zh-CN")
public interface ProgressMessages {

    @Message("已完成 {percent}%（{done}/{total} 课）")
    String ratio(int percent, int done, int total);

    @Message("已完成")
    String done();

    @Message("标记为已完成")
    String mark_complete();

    @Message("本课已完成（{at}）")
    String lesson_done(String at);

    @Message("读完了？标记本课为已完成，进度会显示在“我的学习”中。")
    String mark_hint();

    @Message("登录后可记录学习进度")
    String sign_in_to_track();

    @Message("我的学习")
    String me_title();

    @Message("你好，{name}")
    String me_greeting(String name);

    @Message("课程总进度")
    String me_overall();

    @Message("学习路径")
    String me_paths();

    @Message("下一课：{title}")
    String me_next(String title);

    @Message("本路径已全部完成 🎉")
    String me_path_done();

    @Message("这条路径的课程还在编写中，暂时没有可学的课。")
    String me_path_empty();

    @Message("最近阅读")
    String me_recent();

    @Message("还没有阅读记录，从一条学习路径开始吧。")
    String me_recent_none();

    @Message("已完成的模块")
    String me_completed_modules();

    @Message("还没有完成的模块。")
    String me_completed_none();

    @Message("模块考试已通过（{score}%）")
    String mastered(int score);

    @Message("最近的测验成绩")
    String me_quiz_results();

    @Message("还没有测验成绩：读完一课后，在课程页底部开始它的小测。")
    String me_quiz_results_none();

    @Message("重置进度")
    String reset();

    @Message("重置“{path}”的进度？")
    String reset_title(String path);

    @Message("将删除本路径 {modules} 个模块中各课的“已完成”和阅读记录（共 {count} 条）。模块考试成绩和其他路径之外的记录不受影响。此操作无法撤销。")
    String reset_text(int modules, long count);

    @Message("确认重置")
    String reset_confirm();

    @Message("取消")
    String cancel();

    @Message("“{path}”的进度已重置。")
    String reset_done(String path);
}
