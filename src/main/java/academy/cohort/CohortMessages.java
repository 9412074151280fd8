package academy.cohort;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Team onboarding strings ({@code coh:}); English in {@code messages/coh_en.properties}. */
@MessageBundle(value = "coh", locale = "zh-CN")
public interface CohortMessages {

    @Message("小组")
    String cohorts_title();

    @Message("你负责的小组：查看进度、布置学习任务、导出数据。")
    String cohorts_lead();

    @Message("全部小组（管理员视图）。小组来自身份提供方的群组，也可以在这里创建。")
    String cohorts_lead_admin();

    @Message("还没有小组。小组负责人在 Keycloak 群组“/onboarding/…/leads”中，或由管理员指定。")
    String cohorts_none();

    @Message("小组")
    String cohort();

    @Message("来源")
    String source();

    @Message("在应用中创建")
    String source_manual();

    @Message("创建时间")
    String created();

    @Message("创建小组")
    String create_title();

    @Message("适用于没有群组的身份提供方：创建后按用户名添加成员并指定负责人。")
    String create_hint();

    @Message("名称")
    String name();

    @Message("创建")
    String create();

    @Message("没有可查看的小组")
    String not_lead_title();

    @Message("小组页面只对小组负责人和管理员开放。你的学习任务在“我的学习”中。")
    String not_lead_text();

    @Message("同步自群组")
    String synced_from();

    @Message("概况")
    String summary();

    @Message("名学员")
    String learners();

    @Message("完成度")
    String completion();

    @Message("计划：{percent}%")
    String plan_today(int percent);

    @Message("按计划")
    String on_track();

    @Message("有风险")
    String at_risk();

    @Message("已完成")
    String finished();

    @Message("完成度随时间变化（对比计划）")
    String chart_title();

    @Message("计划")
    String chart_plan();

    @Message("实际")
    String chart_actual();

    @Message("今天")
    String today();

    @Message("学习任务")
    String assignments();

    @Message("还没有布置学习任务。")
    String assignments_none();

    @Message("开始 {date}")
    String start(java.time.LocalDate date);

    @Message("按每人开始日期计算截止")
    String schedule_relative();

    @Message("固定截止日期")
    String schedule_absolute();

    @Message("{count} 项")
    String items_count(int count);

    @Message("编辑")
    String edit();

    @Message("移除")
    String remove();

    @Message("布置学习任务")
    String new_assignment();

    @Message("导出 CSV")
    String csv();

    @Message("已移除的任务（{count}）")
    String history(int count);

    @Message("移除于 {at}")
    String removed_at(String at);

    @Message("学员 × 任务")
    String roster();

    @Message("筛选")
    String filter();

    @Message("全部")
    String filter_all();

    @Message("已逾期")
    String overdue();

    @Message("7 天无活动")
    String inactive();

    @Message("排序")
    String sort();

    @Message("姓名")
    String sort_name();

    @Message("状态（风险优先）")
    String sort_status();

    @Message("完成度（低→高）")
    String sort_progress_low();

    @Message("完成度（高→低）")
    String sort_progress_high();

    @Message("最近活动（最久未活动优先）")
    String sort_activity();

    @Message("应用")
    String apply();

    @Message("按姓名查找")
    String name_search();

    @Message("第 {from}–{to} 位，共 {matching} 位符合条件（小组共 {total} 位学员）")
    String roster_count(int from, int to, int matching, int total);

    @Message("分页")
    String pages();

    @Message("上一页")
    String page_previous();

    @Message("下一页")
    String page_next();

    @Message("学员")
    String learner();

    @Message("状态")
    String status();

    @Message("最近活动")
    String last_activity();

    @Message("尚未登录")
    String pending();

    @Message("{count} 项逾期")
    String overdue_n(int count);

    @Message("✓ 已完成 · … 进行中 · ! 已逾期 · · 未开始；数字为测验最高分。")
    String matrix_legend();

    @Message("这个小组还没有学员（或筛选后为空）。")
    String roster_none();

    @Message("负责人与成员")
    String leads_and_members();

    @Message("负责人")
    String leads();

    @Message("待登录成员")
    String pending_members();

    @Message("已离开的成员（{count}）")
    String former(int count);

    @Message("{joined} 加入，{left} 离开")
    String joined_left(String joined, String left);

    @Message("用户名")
    String username();

    @Message("角色")
    String role();

    @Message("学员")
    String role_learner();

    @Message("负责人")
    String role_lead();

    @Message("添加成员")
    String add_member();

    @Message("按 Keycloak 用户名添加；尚未登录过的人会在首次登录时自动关联。")
    String add_member_hint();

    @Message("结束手动添加的成员资格")
    String end_membership_title();

    @Message("结束")
    String end_membership();

    @Message("来自群组的成员随身份提供方同步：在 Keycloak 中移出群组即可。")
    String synced_members_note();

    @Message("重命名")
    String rename();

    @Message("保存")
    String save();

    @Message("编辑学习任务")
    String edit_assignment();

    @Message("表单有以下问题，请修改后重新提交（已填写的内容都保留了）：")
    String form_has_errors();

    @Message("修改任务不会影响任何学员已有的进度。")
    String edit_keeps_progress();

    @Message("布置什么")
    String what();

    @Message("学习路径")
    String kind_path();

    @Message("整个模块")
    String kind_module();

    @Message("单独课程")
    String kind_lesson();

    @Message("怎样算完成")
    String done_when();

    @Message("通过本课小测")
    String rule_quiz();

    @Message("课程标记为已完成")
    String rule_completed();

    @Message("还需通过模块考试")
    String rule_exam();

    @Message("考试最低分（可选，0–100）")
    String min_score();

    @Message("时间安排")
    String schedule();

    @Message("开始日期")
    String start_date();

    @Message("留空的模块截止日期为上一个模块截止后 {days} 天（第一个模块从开始日期算起）。相对安排下，晚加入的学员从自己加入那天开始计算。")
    String schedule_hint(int days);

    @Message("模块")
    String module();

    @Message("截止日期")
    String due_absolute();

    @Message("开始后第几天")
    String due_relative();

    @Message("布置")
    String assign();

    @Message("项目")
    String item();

    @Message("截止")
    String due_col();

    @Message("完成时间")
    String done_at();

    @Message("分数")
    String score();

    @Message("模块考试")
    String exam_short();

    @Message("即将到期")
    String due_soon();

    @Message("{count} 项即将到期")
    String due_soon_n(int count);

    @Message("已完成")
    String state_done();

    @Message("已逾期")
    String state_overdue();

    @Message("进行中")
    String state_in_progress();

    @Message("未开始")
    String state_not_started();

    @Message("{count} 次尝试")
    String attempts_n(int count);

    @Message("{at} 加入")
    String joined(String at);

    @Message("{days} 天没有学习活动")
    String inactive_long(int days);

    @Message("开始于 {date}")
    String own_start(java.time.LocalDate date);

    @Message("最终截止 {date}")
    String final_due(java.time.LocalDate date);

    @Message("截止 {date}")
    String due(java.time.LocalDate date);

    @Message("我的学习任务")
    String assigned_to_me();

    @Message("{name} 布置于 {at}")
    String assigned_by(String name, String at);

    @Message("下一项：{title}")
    String next_required(String title);

    @Message("全部完成 🎉")
    String assignment_done();

    @Message("学习记录")
    String record_title();

    @Message("完成证明")
    String record_complete();

    @Message("任务进度")
    String record_progress();

    @Message("完成于 {at}")
    String completed_on(String at);

    @Message("这项任务已被负责人移除，以下为存档记录。")
    String assignment_removed_note();

    @Message("由 Kube Internals Academy 生成 · {uri}")
    String record_footer(String uri);

    @Message("打印 / 保存为 PDF")
    String print();

    @Message("学习任务已布置。")
    String flash_assigned();

    @Message("学习任务已更新，学员进度保持不变。")
    String flash_updated();

    @Message("学习任务已移除（保留在历史中）。")
    String flash_removed();

    @Message("成员已添加。")
    String flash_member();

    @Message("此人已经是该角色的成员。")
    String flash_member_exists();

    @Message("成员资格已结束（历史保留）。")
    String flash_left();

    @Message("小组已重命名。")
    String flash_renamed();

    @Message("请选择要布置的内容：学习路径、模块或课程。")
    String err_kind();

    @Message("请选择怎样算完成。")
    String err_rule();

    @Message("请选择时间安排：固定日期或按开始日期。")
    String err_schedule();

    @Message("请选择一条存在的学习路径。")
    String err_path();

    @Message("请至少勾选一个模块。")
    String err_no_modules();

    @Message("请至少选择一课。")
    String err_no_lessons();

    @Message("课程中没有这些内容：{what}")
    String err_unknown(String what);

    @Message("选择的内容太多，请分成几项任务布置。")
    String err_too_many();

    @Message("开始日期“{value}”不是有效日期（格式 YYYY-MM-DD）。")
    String err_start(String value);

    @Message("考试最低分“{value}”必须是 0 到 100 之间的整数。")
    String err_min_score(String value);

    @Message("模块 {module} 的截止日期“{value}”不是有效日期（格式 YYYY-MM-DD）。")
    String err_due(String module, String value);

    @Message("模块 {module} 的截止日期 {value} 早于开始日期。")
    String err_due_before_start(String module, String value);

    @Message("模块 {module} 的天数“{value}”必须是 0 到 3650 之间的整数。")
    String err_offset(String module, String value);

    @Message("这项任务在你打开表单之后被别人修改过。请查看当前内容后重新保存（你的输入仍在下面）。")
    String err_stale();

    @Message("小组名称不能为空，最长 {max} 个字符。")
    String err_name(int max);

    @Message("“{value}”不是有效的用户名，或角色无效。")
    String err_username(String value);

    @Message("没有 id 为“{value}”的课程。")
    String err_course(String value);
    @Message("【学习提醒】{count} 项学习任务即将到期或已逾期")
    String mail_due_subject(int count);

    @Message("{name}，你好：")
    String mail_due_hello(String name);

    @Message("以下学习任务即将到期或已经逾期：")
    String mail_due_intro();

    @Message("[已逾期] {title}（{cohort}，截止 {date}）")
    String mail_line_overdue(String title, String cohort, java.time.LocalDate date);

    @Message("[即将到期] {title}（{cohort}，截止 {date}）")
    String mail_line_soon(String title, String cohort, java.time.LocalDate date);

    @Message("打开“我的学习”继续：{url}")
    String mail_due_outro(String url);

    @Message("【每周小结】{cohort}：{atRisk} 人有风险，完成度 {percent}%")
    String mail_digest_subject(String cohort, long atRisk, int percent);

    @Message("{cohort}：{learners} 名学员，按计划 {onTrack}，有风险 {atRisk}，已完成 {complete}，总完成度 {percent}%")
    String mail_digest_line(String cohort, int learners, long onTrack, long atRisk, long complete, int percent);

    @Message("需要关注：{name}（{reason}）")
    String mail_digest_risk(String name, String reason);

    @Message("小组页面：{url}")
    String mail_digest_link(String url);
}
