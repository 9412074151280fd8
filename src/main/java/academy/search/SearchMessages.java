package academy.search;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Search and glossary strings ({@code srch:}); English in {@code messages/srch_en.properties}. */
@MessageBundle(value = "srch", locale = "zh-CN")
public interface SearchMessages {

    @Message("搜索")
    String search();

    @Message("搜索课程")
    String title();

    @Message("搜索课程、标识符、术语")
    String placeholder();

    @Message("输入时显示结果；按 ↑/↓ 选择，回车打开，Esc 关闭。")
    String box_hint();

    @Message("全部模块")
    String any_module();

    @Message("全部学习路径")
    String any_path();

    @Message("模块")
    String module();

    @Message("学习路径")
    String path();

    @Message("“{q}”的搜索结果")
    String results_for(String q);

    @Message("{count} 个结果")
    String result_count(int count);

    @Message("没有同时包含所有词的小节，下面是包含其中部分词的结果。")
    String relaxed();

    @Message("没有找到与“{q}”相关的内容。")
    String no_match(String q);

    @Message("试试这些词：")
    String suggest();

    @Message("相关术语")
    String related_terms();

    @Message("术语")
    String term();

    @Message("输入关键词开始搜索：中文词语、英文标识符（如 syncLoop、DeltaFIFO）或源码路径。")
    String empty_query();

    @Message("搜索词太长：最多 {max} 个字符。")
    String too_long(int max);

    @Message("没有这个模块：{id}。")
    String unknown_module(String id);

    @Message("没有这条学习路径：{id}。")
    String unknown_path(String id);

    @Message("limit 必须是 1 到 {max} 之间的整数。")
    String bad_limit(int max);

    @Message("搜索索引正在建立，请稍后再试。")
    String starting();

    @Message("查看全部结果")
    String all_results();

    @Message("术语表")
    String glossary();

    @Message("课程中用到的 Kubernetes 术语：中文名、英文名、别名和简短定义，按引入它的模块分组。")
    String glossary_lead();

    @Message("筛选术语")
    String glossary_filter();

    @Message("筛选")
    String filter();

    @Message("{count} 个术语")
    String term_count(int count);

    @Message("没有匹配“{q}”的术语。")
    String glossary_none(String q);

    @Message("本课程还没有术语表。")
    String glossary_empty();

    @Message("别名")
    String aliases();

    @Message("引入课程")
    String introduced_in();

    @Message("术语表条目")
    String term_card();
}
