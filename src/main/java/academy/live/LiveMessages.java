package academy.live;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Live classroom strings ({@code live:}); English in {@code messages/live_en.properties}. */
@MessageBundle(value = "live", locale = "zh-CN")
public interface LiveMessages {

    @Message("课堂互动")
    String live_title();

    @Message("加入课堂互动")
    String join_title();

    @Message("输入讲师大屏上的 6 位课堂码。")
    String join_lead();

    @Message("课堂码")
    String code_label();

    @Message("加入")
    String join_button();

    @Message("没有找到这个课堂码：它可能输错了、课堂已经结束，或者你不在这个班级。")
    String refused_code_unknown();

    @Message("课堂码是 6 位数字。")
    String refused_code_malformed();

    @Message("尝试次数太多，请一分钟后再试。")
    String refused_too_many_tries();

    @Message("这场课堂互动已经结束。")
    String refused_ended();

    @Message("这道题现在不接受作答。")
    String refused_not_open();

    @Message("讲师已经换到了另一道题，页面已更新。")
    String refused_wrong_question();

    @Message("时间到，这道题不再接受作答。")
    String refused_time_up();

    @Message("你已经回答过这道题了，以第一次作答为准。")
    String refused_already_answered();

    @Message("请先选择一个选项再提交。")
    String refused_empty_answer();

    @Message("所选测验里没有适合课堂互动的题目（单选、多选、判断）。")
    String refused_no_questions();

    @Message("所选题目中有不属于这个测验、或不适合课堂互动的题目。")
    String refused_unknown_question();

    @Message("一场课堂互动最多 100 道题。")
    String refused_too_many_questions();

    @Message("每题限时必须在 5 到 3600 秒之间，或者留空表示不限时。")
    String refused_bad_timer();

    @Message("请选择排行榜方式。")
    String refused_bad_board();

    @Message("已经是最后一题了，可以结束课堂。")
    String refused_no_more_questions();

    @Message("只有正在作答的题目可以揭晓答案。")
    String refused_not_revealable();

    @Message("课堂状态刚刚被改变（另一次点击或另一块屏幕），页面已更新，请再确认一次。")
    String refused_changed();

    @Message("已加入，等待讲师开始")
    String waiting_title();

    @Message("题目出现时会自动显示在这里，无需刷新。")
    String waiting_lead();

    @Message("第 {n} 题 / 共 {total} 题")
    String question_of(int n, int total);

    @Message("选择一个答案")
    String choose_one();

    @Message("选择所有正确的答案")
    String choose_many();

    @Message("提交答案")
    String send_answer();

    @Message("正确")
    String true_label();

    @Message("错误")
    String false_label();

    @Message("已提交，等待讲师揭晓答案。")
    String answered_wait();

    @Message("你没有回答这道题。")
    String not_answered();

    @Message("回答正确")
    String you_right();

    @Message("回答错误")
    String you_wrong();

    @Message("正确答案")
    String right_answer();

    @Message("你的答案")
    String your_answer();

    @Message("解析")
    String explanation();

    @Message("剩余 {s} 秒")
    String time_left(int s);

    @Message("时间到")
    String time_up();

    @Message("{answered} / {joined} 已作答")
    String answered_of(int answered, int joined);

    @Message("已加入 {n} 人")
    String joined_n(int n);

    @Message("课堂互动已结束")
    String ended_title();

    @Message("你答对了 {correct} 题，共作答 {answered} 题（本场共 {asked} 题）。")
    String ended_summary(int correct, int answered, int asked);

    @Message("你的排名：第 {rank} 名 / {n} 人")
    String your_rank(int rank, int n);

    @Message("排行榜")
    String leaderboard();

    @Message("名次")
    String board_rank();

    @Message("学员")
    String board_name();

    @Message("答对")
    String board_correct();

    @Message("得分")
    String board_points();

    @Message("不显示排行榜")
    String board_none();

    @Message("只按正确率（不计速度）")
    String board_accuracy();

    @Message("正确率 + 速度积分（答对得 500–1000 分，越快越多）")
    String board_speed();

    @Message("课堂互动 · 大屏")
    String host_title();

    @Message("打开 {url} ，输入课堂码，或扫描二维码加入")
    String host_join_hint(String url);

    @Message("加入课堂互动的二维码")
    String qr_alt();

    @Message("开始第一题")
    String start_first();

    @Message("下一题")
    String next_question();

    @Message("揭晓答案")
    String reveal();

    @Message("结束课堂")
    String end_session();

    @Message("结束后学员不能再作答，确定结束吗？")
    String end_confirm();

    @Message("查看本场结果")
    String results_link();

    @Message("学员加入后，点击“开始第一题”。")
    String lobby_host_lead();

    @Message("开始课堂互动")
    String setup_title();

    @Message("从一个测验中选题，在大屏上逐题推送给班级学员；学员用手机或电脑输入课堂码加入，作答实时汇总。只支持单选、多选和判断题。")
    String setup_lead();

    @Message("班级")
    String setup_class();

    @Message("测验")
    String setup_quiz();

    @Message("选择测验")
    String setup_pick_quiz();

    @Message("题目（默认全选）")
    String setup_questions();

    @Message("{n} 道题的题型（填空、排序、数值、匹配）不适合课堂互动，已略过。")
    String setup_skipped(int n);

    @Message("每题限时（秒，可留空）")
    String setup_timer();

    @Message("排行榜")
    String setup_board();

    @Message("创建课堂并显示课堂码")
    String setup_start();

    @Message("你还没有负责的班级，因此不能开始课堂互动。")
    String setup_no_class();

    @Message("课堂互动记录")
    String past_title();

    @Message("这个班级还没有进行过课堂互动。")
    String past_none();

    @Message("时间")
    String past_when();

    @Message("测验")
    String past_quiz();

    @Message("参与")
    String past_joined();

    @Message("题数")
    String past_asked();

    @Message("状态")
    String past_state();

    @Message("进行中")
    String past_running();

    @Message("已结束")
    String past_ended();

    @Message("打开大屏")
    String open_host();

    @Message("开始新的课堂互动")
    String new_session();

    @Message("课堂互动结果")
    String results_title();

    @Message("{joined} 人参与，共 {asked} 题，平均正确率 {mean}%。")
    String results_summary(int joined, int asked, int mean);

    @Message("各题情况")
    String results_questions();

    @Message("各学员情况")
    String results_learners();

    @Message("正确率 {pct}%（{correct} / {answered}）")
    String results_correct(int pct, int correct, int answered);

    @Message("作答")
    String board_answered();

    @Message("这道题已从课程中删除。")
    String question_removed();

    @Message("连接中断，正在重新连接…")
    String reconnecting();

    @Message("用这个测验开始课堂互动")
    String start_live_link();

}
