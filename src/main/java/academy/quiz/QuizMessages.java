package academy.quiz;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Quiz UI strings ({@code {quiz:key}} in templates). Chinese is the default; English lives in
 * {@code messages/quiz_en.properties}. A bundle of its own keeps the shared {@code Messages} small.
 */
@MessageBundle(value = "quiz", locale = "zh-CN")
public interface QuizMessages {

    @Message("课后小测")
    String lesson_quiz();

    @Message("模块考试")
    String module_exam();

    @Message("{count} 道题")
    String question_count(int count);

    @Message("及格线 {mark}%")
    String pass_mark(int mark);

    @Message("限时 {minutes} 分钟")
    String time_limit(int minutes);

    @Message("最多 {count} 次机会")
    String max_attempts(int count);

    @Message("登录后即可答题并保存成绩。")
    String login_prompt();

    @Message("登录")
    String login();

    @Message("开始答题")
    String take_quiz();

    @Message("继续答题")
    String resume_quiz();

    @Message("再做一次")
    String retake_quiz();

    @Message("作答次数已用完（{count} 次）。")
    String no_attempts_left(int count);

    @Message("最好成绩 {percent}%")
    String best_score(int percent);

    @Message("最近一次 {percent}%")
    String latest_score(int percent);

    @Message("已通过")
    String passed();

    @Message("未通过")
    String failed();

    @Message("尚未作答")
    String not_taken();

    @Message("作答记录")
    String history();

    @Message("第 {number} 次")
    String attempt_number(int number);

    @Message("进行中")
    String in_progress();

    @Message("超时提交")
    String late();

    @Message("查看")
    String view();

    @Message("第 {number} 题")
    String question_number(int number);

    @Message("{points} 分")
    String points(int points);

    @Message("提交答案")
    String submit();

    @Message("还有 {count} 道题未作答，未答的题记 0 分。确定提交吗？")
    String confirm_unanswered(String count);

    @Message("剩余时间")
    String time_left();

    @Message("截止时间：{time}")
    String deadline(String time);

    @Message("第 {position} 位")
    String position(int position);

    @Message("请选择")
    String choose();

    @Message("对")
    String true_label();

    @Message("错")
    String false_label();

    @Message("得分 {percent}%（{points} / {max} 分）")
    String score(int percent, String points, int max);

    @Message("回答正确")
    String right();

    @Message("回答错误")
    String wrong();

    @Message("部分正确（{points} / {max} 分）")
    String partly_right(String points, int max);

    @Message("你的答案")
    String your_answer();

    @Message("正确答案")
    String correct_answer();

    @Message("未作答")
    String unanswered();

    @Message("解析")
    String explanation();

    @Message("回到课程中的相关小节")
    String review_section();

    @Message("这道题已从题库中移除。")
    String question_removed();

    @Message("本次作答之后题目有更新；得分按作答时的版本计算。")
    String content_changed();

    @Message("这次作答已经提交过，下面是当时的结果。")
    String already_graded();

    @Message("本次作答超过了时间限制，按截止时的状态评分。")
    String late_note();

    @Message("返回测验")
    String back_to_quiz();

    @Message("我的作答记录")
    String my_attempts();

    @Message("还没有作答记录。")
    String no_attempts();

    @Message("错题本")
    String mistakes();

    @Message("答错或没答的题目会一直留在这里，直到你在之后的作答中答对，或者自己把它移出。")
    String mistakes_intro();

    @Message("太棒了，错题本里没有错题。")
    String no_mistakes();

    @Message("重做这个测验")
    String retry_quiz();

    @Message("测验")
    String quiz();

    @Message("日期")
    String date();

    @Message("成绩")
    String result();

    @Message("正则：")
    String regex();

    @Message("允许误差 ±{tolerance}")
    String tolerance(String tolerance);

    @Message("提交的答案中有本次作答没有的题目（{id}）。请回到答题页重新提交。")
    String invalid_unknown_question(String id);

    @Message("题目 {id} 的答案包含不存在的选项。请回到答题页重新选择。")
    String invalid_unknown_choice(String id);

    @Message("题目 {id} 的答案格式不对。请回到答题页重新作答。")
    String invalid_wrong_type(String id);

    @Message("题目 {id} 的答案太长（最多 {max} 个字符）。")
    String invalid_too_long(String id, int max);

    @Message("题目 {id} 需要填写一个数字。")
    String invalid_not_a_number(String id);

    @Message("题目 {id} 的数字太长（最多 {max} 个字符）。")
    String invalid_number_too_long(String id, int max);

    @Message("题目 {id} 的数字超出可接受的范围（最多 {digits} 位有效数字，指数绝对值不超过 {exponent}）。")
    String invalid_number_out_of_range(String id, int digits, int exponent);

    @Message("选项编号只在一次作答内有效：请先开始一次作答（不带 answers），再用返回的 attempt 令牌提交答案。")
    String invalid_no_attempt();

    @Message("难度：易")
    String difficulty_easy();

    @Message("难度：中")
    String difficulty_medium();

    @Message("难度：难")
    String difficulty_hard();

    @Message("这次作答已经提交评分，不能再保存答案。")
    String draft_graded();

    @Message("时间已到：本次作答已按截止前保存的答案评分。")
    String draft_expired();

    @Message("{answered} / {total} 已作答")
    String answered_count(String answered, String total);

    @Message("题目导航")
    String question_nav();

    @Message("已作答")
    String nav_answered();

    @Message("未作答")
    String nav_open();

    @Message("保存答案，稍后继续")
    String save_draft();

    @Message("答案已保存。可以随时回来继续作答。")
    String draft_saved_note();

    @Message("答案会在作答时自动保存到服务器；重新载入或离开页面不会丢失。")
    String autosave_note();

    @Message("正在保存…")
    String saving();

    @Message("已保存")
    String saved();

    @Message("保存失败，请检查网络；提交时会一并发送。")
    String save_failed();

    @Message("正在提交…")
    String submitting();

    @Message("提交没有成功：网络连接中断，答案已保留，请稍后重试。")
    String submit_offline();

    @Message("下一课：{title}")
    String next_lesson(String title);

    @Message("最近一次答错：{time}（第 {number} 次作答）")
    String mistake_last_wrong(String time, int number);

    @Message("答错 {count} 次")
    String mistake_times_wrong(int count);

    @Message("我已掌握，移出错题本")
    String mistake_dismiss();

    @Message("已移出错题本。以后再答错时会重新出现。")
    String mistake_dismissed_note();
}
