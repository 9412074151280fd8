package academy.grades;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Statistics and gradebook strings ({@code grd:}); English in {@code messages/grd_en.properties}. */
@MessageBundle(value = "grd", locale = "zh-CN")
public interface GradesMessages {

    @Message("题目分析")
    String stats_title();

    @Message("每道题的作答情况：通过率（平均得分 / 满分）、标准差、区分度与区分效率、各选项被选次数。指标的含义见“讲师手册”。")
    String stats_lead();

    @Message("小组")
    String class_label();

    @Message("全部学员")
    String all_learners();

    @Message("作答")
    String attempts_label();

    @Message("每人首次作答")
    String attempts_first();

    @Message("全部作答")
    String attempts_all();

    @Message("查看")
    String show();

    @Message("共 {n} 次作答计入统计。")
    String attempts_counted(int n);

    @Message("还没有计入统计的作答。")
    String no_attempts();

    @Message("你还没有负责的小组，因此没有可看的统计。")
    String no_class();

    @Message("题")
    String question();

    @Message("章节")
    String section();

    @Message("作答数")
    String responses();

    @Message("通过率")
    String facility();

    @Message("标准差")
    String sd();

    @Message("区分度")
    String discrimination();

    @Message("区分效率")
    String efficiency();

    @Message("未作答")
    String unanswered();

    @Message("选项分布")
    String options();

    @Message("提示")
    String flags();

    @Message("区分度低于 0.2")
    String flag_low_discrimination();

    @Message("过于简单（通过率高于 95%）")
    String flag_too_easy();

    @Message("过难（通过率低于 10%）")
    String flag_too_hard();

    @Message("对")
    String true_label();

    @Message("错")
    String false_label();

    @Message("成绩册")
    String grades_title();

    @Message("每位学员在各课小测与模块考试上的最高分、最近一次得分与已用次数；点分数查看该次作答（只读）。")
    String grades_lead();

    @Message("学员")
    String learner();

    @Message("最高")
    String best();

    @Message("最近")
    String last();

    @Message("次数")
    String used();

    @Message("小组平均（最高分）")
    String class_average();

    @Message("导出 CSV")
    String export_csv();

    @Message("这个小组还没有学员。")
    String no_learners();

    @Message("{name} 的作答（只读）")
    String review_title(String name);

    @Message("讲师视图：只能查看，不能修改答案。")
    String review_note();

    @Message("返回成绩册")
    String back_to_grades();

    @Message("薄弱章节")
    String weak_title();

    @Message("小组在各章节题目上的平均通过率（按作答加权，每人首次作答），从最低开始：作者最该改进的地方。")
    String weak_lead();

    @Message("平均通过率 {percent}")
    String heat_label(String percent);

    @Message("还没有作答，无法判断薄弱章节。")
    String weak_none();

    @Message("题目分析")
    String stats_link();

    @Message("小测")
    String quiz();
}
