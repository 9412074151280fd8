package academy.review;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Review and recommendation strings ({@code rev:}); English in {@code messages/rev_en.properties}. */
@MessageBundle(value = "rev", locale = "zh-CN")
public interface ReviewMessages {

    @Message("复习")
    String review_title();

    @Message("按 FSRS-6 间隔重复安排的错题与收藏题：先作答，再评价自己记得怎么样。")
    String review_intro();

    @Message("今天待复习 {count} 题")
    String due_today(int count);

    @Message("开始复习")
    String start_review();

    @Message("今天没有待复习的题。")
    String nothing_due();

    @Message("下一题 {date} 到期。")
    String next_due(String date);

    @Message("还没有复习卡片：答错的题会自动加入，也可以在答题结果页把题目加入复习。")
    String no_cards();

    @Message("未来 30 天")
    String forecast_title();

    @Message("未来 30 天每天到期的复习题数")
    String forecast_label();

    @Message("{date}：{count} 题")
    String forecast_day(String date, int count);

    @Message("共 {count} 张卡片")
    String total_cards(int count);

    @Message("来自 {quiz}")
    String card_from(String quiz);

    @Message("还剩 {count} 题")
    String remaining(int count);

    @Message("提交答案")
    String check_answer();

    @Message("你记得怎么样？")
    String how_well();

    @Message("答错了：这张卡片只能评为“重来”。")
    String wrong_again_only();

    @Message("重来")
    String rating_again();

    @Message("困难")
    String rating_hard();

    @Message("良好")
    String rating_good();

    @Message("简单")
    String rating_easy();

    @Message("{days} 天后")
    String rating_in(long days);

    @Message("已安排：{days} 天后再复习。")
    String rated(long days);

    @Message("这张卡片已经评过分（可能是重复提交）：没有再次安排。")
    String notice_already_rated();

    @Message("这张卡片现在还没到期：答案没有记录。")
    String notice_not_due();

    @Message("这张卡片已经作答过：显示的是第一次提交的结果。")
    String notice_already_answered();

    @Message("请先打开这张卡片再作答。")
    String notice_not_shown();

    @Message("这份答案来自这张卡片之前的一次展示（选项顺序已经变了）：没有记录，请重新作答。")
    String notice_stale();

    @Message("这张卡片 {date} 到期。")
    String not_due_card(String date);

    @Message("无效的评分“{value}”：只能是 again、hard、good 或 easy。")
    String bad_rating(String value);

    @Message("答错的题只能评为“重来”。")
    String again_only();

    @Message("加入复习")
    String add_to_review();

    @Message("已在复习中")
    String in_review();

    @Message("已加入复习。")
    String added();

    @Message("回到复习")
    String back_to_review();

    @Message("JSON 接口：/api/me/reviews")
    String api_hint();

    @Message("接下来读什么")
    String next_reads();

    @Message("“{path}”中你还没读完的下一课")
    String reason_path_next(String path);

    @Message("“{lesson}”的先修课，你还没有完成")
    String reason_prerequisite(String lesson);

    @Message("最近的小测中有 {count} 道考这一节的题答错了")
    String reason_weak(int count);

    @Message("暂时没有推荐：继续当前的学习路径吧。")
    String next_reads_none();
}
