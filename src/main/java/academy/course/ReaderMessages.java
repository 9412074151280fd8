package academy.course;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Reading aids ({@code rd:}): diagrams, position on a path, module sidebar; English in {@code messages/rd_en.properties}. */
@MessageBundle(value = "rd", locale = "zh-CN")
public interface ReaderMessages {

    @Message("放大")
    String diagram_enlarge();

    @Message("放大查看图表")
    String diagram_enlarge_title();

    @Message("图表：滚轮或双指缩放，拖动平移；键盘 + − 缩放，0 复位，方向键平移，Esc 关闭")
    String diagram_dialog_label();

    @Message("放大一级")
    String zoom_in();

    @Message("缩小一级")
    String zoom_out();

    @Message("复位")
    String zoom_reset();

    @Message("关闭")
    String close();

    @Message("复制")
    String copy();

    @Message("已复制")
    String copied();

    @Message("本节链接")
    String permalink();

    @Message("第 {n} 课 / 共 {total} 课")
    String position(int n, int total);

    @Message("本模块课程")
    String module_sidebar();

    @Message("已完成")
    String done_label();

    @Message("计划中的课程")
    String planned_lessons();

    @Message("相关的已上线课程")
    String related_lessons();

    @Message("首页")
    String home();

    @Message("本路径还没有课程")
    String path_empty();
}
