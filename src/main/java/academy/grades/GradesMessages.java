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

    @Message("小组在本课各章节的表现（讲师可见）")
    String heat_title();

    @Message("这份测验尚未开放，开放时间：{time}（{zone}）。")
    String not_open(String time, String zone);

    @Message("这份测验已于 {time}（{zone}）关闭，不能再开始新的作答。")
    String closed(String time, String zone);

    @Message("开放 {time}")
    String opens(String time);

    @Message("关闭 {time}")
    String closes(String time);

    @Message("测验例外设置")
    String overrides_title();

    @Message("为整个小组或某位学员放宽某份测验的限制：延长时限、增加次数、设定开放/关闭时间。学员本人的设置优先于小组设置；同一层级有多条时取最宽松的值。留空表示不改变。时间按 {zone} 填写。")
    String overrides_lead(String zone);

    @Message("适用于")
    String applies_to();

    @Message("整个小组")
    String whole_class();

    @Message("时限（分钟，0 = 不限）")
    String time_limit_field();

    @Message("次数上限（0 = 不限）")
    String max_attempts_field();

    @Message("开放时间")
    String opens_field();

    @Message("关闭时间")
    String closes_field();

    @Message("添加")
    String add();

    @Message("删除")
    String delete();

    @Message("还没有例外设置。")
    String no_overrides();

    @Message("例外设置已保存。")
    String flash_saved();

    @Message("例外设置已删除。")
    String flash_deleted();

    @Message("请选择这个小组课程中的一份测验。")
    String err_quiz();

    @Message("请选择整个小组或小组中的一位学员。")
    String err_learner();

    @Message("时限须是 0 到 {max} 之间的整数分钟。")
    String err_time_limit(int max);

    @Message("次数上限须是 0 到 {max} 之间的整数。")
    String err_max_attempts(int max);

    @Message("时间格式应为 年-月-日 时:分。")
    String err_time();

    @Message("关闭时间须晚于开放时间。")
    String err_window();

    @Message("至少填写一项：时限、次数、开放或关闭时间。")
    String err_empty();

    @Message("不限")
    String unlimited();
}
