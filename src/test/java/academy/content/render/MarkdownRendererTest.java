package academy.content.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import academy.content.ContentProblems;

class MarkdownRendererTest {

    final ContentProblems problems = new ContentProblems();
    final RenderContext ctx = new RenderContext("k8s-internals", "https://github.com/kubernetes/kubernetes/blob/v1.32.0/",
            "lesson.md", 10, problems);

    RenderedMarkdown render(String md) {
        return new MarkdownRenderer().render(md, ctx);
    }

    @Test
    void explicitAnchorsBecomeIdsAndTocEntries() {
        RenderedMarkdown r = render("## 动手实验 {#lab}\n\n### 步骤一\n\ntext\n");
        assertTrue(r.html().contains("<h2 id=\"lab\">动手实验</h2>"), r.html());
        assertEquals("lab", r.toc().get(0).anchor());
        assertEquals("动手实验", r.toc().get(0).text());
        assertEquals(3, r.toc().get(1).level());
        assertTrue(r.anchors().contains("lab"));
    }

    @Test
    void duplicateExplicitAnchorIsAProblem() {
        render("## A {#x}\n\n## B {#x}\n");
        assertTrue(problems.report().contains("lesson.md:13: duplicate section anchor '{#x}'"), problems.report());
    }

    @Test
    void scriptsHandlersAndJavascriptUrlsAreRemoved() {
        RenderedMarkdown r = render("<script>alert(1)</script>\n\n<a href=\"javascript:alert(1)\" onclick=\"x()\">a</a>"
                + " <img src=\"x.png\" onerror=\"x()\"> <span style=\"color:red\">s</span>\n\n[j](javascript:alert(2))\n\n"
                + "<iframe src=\"https://evil.example\"></iframe>");
        String html = r.html();
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("javascript:"), html);
        assertFalse(html.contains("onclick"), html);
        assertFalse(html.contains("onerror"), html);
        assertFalse(html.contains("style="), html);
        assertFalse(html.contains("<iframe"), html);
        assertTrue(html.contains("<img src=\"x.png\""), html);
    }

    @Test
    void mermaidBlocksAreMarkedForTheBrowserAndCodeKeepsItsLanguage() {
        RenderedMarkdown r = render("```mermaid\nflowchart LR\n  A --> B\n```\n\n```go\nfunc f() {}\n```\n");
        assertTrue(r.html().contains("<pre class=\"mermaid\">flowchart LR\n  A --&gt; B\n</pre>"), r.html());
        assertTrue(r.html().contains("<pre><code class=\"language-go\">func f() {}"), r.html());
        assertEquals(1, r.html().split("<pre class=\"mermaid\">", -1).length - 1, r.html());
    }

    @Test
    void calloutsGetClassAndTitle() {
        RenderedMarkdown r = render("> [!WARNING]\n> 1.32 中位置变了。\n");
        assertTrue(r.html().contains("<blockquote class=\"callout callout-warning\">"), r.html());
        assertTrue(r.html().contains("<p class=\"callout-title\">警告</p>"), r.html());
        assertTrue(r.html().contains("<p>1.32 中位置变了。</p>"), r.html());
        assertFalse(r.html().contains("[!WARNING]"), r.html());
    }

    @Test
    void plainBlockQuoteStaysPlain() {
        RenderedMarkdown r = render("> 引用\n");
        assertTrue(r.html().contains("<blockquote>\n<p>引用</p>"), r.html());
    }

    @Test
    void lessonAndSourceLinksResolve() {
        RenderedMarkdown r = render("[a](lesson:05-controller/informer#lab) [b](k8s:pkg/scheduler/scheduler.go)\n");
        assertTrue(r.html().contains("href=\"/courses/k8s-internals/05-controller/informer#lab\""), r.html());
        assertTrue(r.html().contains("href=\"https://github.com/kubernetes/kubernetes/blob/v1.32.0/pkg/scheduler/scheduler.go\""), r.html());
        assertEquals("05-controller/informer", r.lessonLinks().get(0).target().toString());
        assertEquals("lab", r.lessonLinks().get(0).anchor());
        assertEquals(11, r.lessonLinks().get(0).line());
    }

    @Test
    void malformedLinksAreProblemsWithLine() {
        render("text\n\n[a](lesson:informer) [b](k8s:/etc/passwd)\n");
        String report = problems.report();
        assertTrue(report.contains("lesson.md:13: malformed lesson link 'lesson:informer'"), report);
        assertTrue(report.contains("lesson.md:13: source link 'k8s:/etc/passwd' must name a relative path"), report);
    }

    @Test
    void chineseCharactersAreCountedOutsideCode() {
        RenderedMarkdown r = render("调度器很重要。\n\n```go\n// 这里的中文不算\n```\n\n`行内代码不算`\n");
        assertEquals(6, r.chineseCharacters());
    }

    @Test
    void gfmTablesRender() {
        RenderedMarkdown r = render("| a | b |\n|---|:-:|\n| 1 | 2 |\n");
        assertTrue(r.html().contains("<table>"), r.html());
        assertTrue(r.html().contains("<td align=\"center\">2</td>"), r.html());
    }
}
