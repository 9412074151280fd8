package academy.content.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

import academy.content.model.LessonKey;
import academy.content.model.TocEntry;

/**
 * Renders lesson Markdown to sanitized HTML once, at load time: CommonMark + GFM tables, explicit
 * or generated heading anchors, callouts, Mermaid blocks, {@code lesson:} and {@code k8s:} links.
 * Thread-safe: parser and renderer are immutable, per-document state lives in local objects.
 */
public final class MarkdownRenderer {

    private static final Pattern EXPLICIT_ANCHOR = Pattern.compile("\\s*\\{#([A-Za-z0-9][A-Za-z0-9_-]*)\\}\\s*$");
    private static final Pattern CALLOUT = Pattern.compile("\\[!(TIP|NOTE|WARNING)\\]", Pattern.CASE_INSENSITIVE);
    private static final Pattern LESSON_LINK = Pattern.compile("lesson:([0-9]{2}-[a-z0-9-]+)/([a-z0-9-]+)(?:#([\\p{L}\\p{N}_-]+))?");
    private static final Map<String, String> CALLOUT_TITLES = Map.of("tip", "提示", "note", "注意", "warning", "警告");

    private final List<Extension> extensions = List.of(TablesExtension.create());
    private final Parser parser = Parser.builder().extensions(extensions)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    public RenderedMarkdown render(String markdown, RenderContext ctx) {
        Node document = parser.parse(markdown);
        DocumentState state = new DocumentState(ctx);
        document.accept(state);
        TermLinker terms = new TermLinker(ctx.glossary());
        terms.link(document);
        HtmlRenderer renderer = HtmlRenderer.builder().extensions(extensions)
                .attributeProviderFactory(c -> (node, tag, attributes) -> {
                    if (node instanceof Heading h && state.headingIds.containsKey(h)) {
                        attributes.put("id", state.headingIds.get(h));
                    } else if (node instanceof BlockQuote q && state.callouts.containsKey(q)) {
                        attributes.put("class", "callout callout-" + state.callouts.get(q));
                    } else if (node instanceof Paragraph p && state.calloutTitles.contains(p)) {
                        attributes.put("class", "callout-title");
                    } else if (node instanceof Link l && terms.links.contains(l)) {
                        attributes.put("class", "term-link");
                    } else if (node instanceof Link l && l.getDestination().startsWith("https://github.com/")) {
                        attributes.put("class", "source-link");
                    }
                })
                .nodeRendererFactory(CodeBlockRenderer::new)
                .build();
        String html = HtmlPolicy.sanitize(renderer.render(document));
        return new RenderedMarkdown(html, List.copyOf(state.toc), Set.copyOf(state.anchors),
                List.copyOf(state.lessonLinks), state.chineseCharacters, List.copyOf(terms.linked));
    }

    /** Counts CJK ideographs, the measure of Chinese prose length used by the quality bar. */
    public static int countChinese(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN) {
                n++;
            }
        }
        return n;
    }

    /** One pass over the document: anchors, TOC, callouts, links and prose length. */
    private static final class DocumentState extends AbstractVisitor {
        final RenderContext ctx;
        final IdGenerator ids = IdGenerator.builder().build();
        final Map<Heading, String> headingIds = new HashMap<>();
        final Map<BlockQuote, String> callouts = new HashMap<>();
        final Set<Paragraph> calloutTitles = new java.util.HashSet<>();
        final List<TocEntry> toc = new ArrayList<>();
        final Set<String> anchors = new LinkedHashSet<>();
        final List<LinkRef> lessonLinks = new ArrayList<>();
        int chineseCharacters;

        DocumentState(RenderContext ctx) {
            this.ctx = ctx;
        }

        int line(Node node) {
            List<SourceSpan> spans = node.getSourceSpans();
            return spans.isEmpty() ? 0 : spans.get(0).getLineIndex() + 1 + ctx.lineOffset();
        }

        @Override
        public void visit(Heading heading) {
            String anchor = null;
            if (heading.getLastChild() instanceof Text last) {
                Matcher m = EXPLICIT_ANCHOR.matcher(last.getLiteral());
                if (m.find()) {
                    anchor = m.group(1);
                    last.setLiteral(last.getLiteral().substring(0, m.start()));
                }
            }
            String text = plainText(heading).strip();
            if (anchor == null) {
                anchor = ids.generateId(text);
            } else if (!anchors.add(anchor)) {
                ctx.problems().add(ctx.file(), line(heading), "duplicate section anchor '{#" + anchor + "}'");
            }
            anchors.add(anchor);
            headingIds.put(heading, anchor);
            if (heading.getLevel() == 2 || heading.getLevel() == 3) {
                toc.add(new TocEntry(heading.getLevel(), anchor, text));
            }
            visitChildren(heading);
        }

        @Override
        public void visit(BlockQuote quote) {
            if (quote.getFirstChild() instanceof Paragraph first) {
                List<Node> marker = new ArrayList<>();
                StringBuilder text = new StringBuilder();
                Node n = first.getFirstChild();
                while (n instanceof Text t) {
                    marker.add(t);
                    text.append(t.getLiteral());
                    n = n.getNext();
                }
                Matcher m = CALLOUT.matcher(text.toString().strip());
                if (m.matches()) {
                    String kind = m.group(1).toLowerCase(Locale.ROOT);
                    if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                        marker.add(n);
                    }
                    marker.forEach(Node::unlink);
                    if (first.getFirstChild() == null) {
                        first.unlink();
                    }
                    Paragraph title = new Paragraph();
                    title.appendChild(new Text(CALLOUT_TITLES.get(kind)));
                    quote.prependChild(title);
                    calloutTitles.add(title);
                    callouts.put(quote, kind);
                }
            }
            visitChildren(quote);
        }

        @Override
        public void visit(Link link) {
            String dest = link.getDestination();
            if (dest.startsWith("lesson:")) {
                Matcher m = LESSON_LINK.matcher(dest);
                if (m.matches()) {
                    LessonKey key = new LessonKey(m.group(1), m.group(2));
                    lessonLinks.add(new LinkRef(key, m.group(3), line(link)));
                    link.setDestination("/courses/" + ctx.courseId() + "/" + key.moduleId() + "/" + key.slug()
                            + (m.group(3) == null ? "" : "#" + m.group(3)));
                } else {
                    ctx.problems().add(ctx.file(), line(link), "malformed lesson link '" + dest
                            + "': write lesson:<module-id>/<slug> or lesson:<module-id>/<slug>#<anchor>");
                }
            } else if (dest.startsWith("k8s:")) {
                String path = dest.substring(4);
                if (!isRelativeSourcePath(path.replaceFirst("#.*$", ""))) {
                    ctx.problems().add(ctx.file(), line(link), "source link '" + dest
                            + "' must name a relative path inside the repository, e.g. k8s:pkg/scheduler/scheduler.go");
                }
                link.setDestination(ctx.sourceBase() + path);
            }
            visitChildren(link);
        }

        @Override
        public void visit(Text text) {
            chineseCharacters += countChinese(text.getLiteral());
        }

    }

    /** A source path as authors must write it: relative, no parent steps, not a URL. */
    public static boolean isRelativeSourcePath(String path) {
        return path != null && !path.isBlank() && !path.startsWith("/") && !path.contains("..")
                && !path.contains("://") && !path.contains("\\") && !path.contains(" ");
    }

    static String language(FencedCodeBlock block) {
        String info = block.getInfo() == null ? "" : block.getInfo().strip();
        int space = info.indexOf(' ');
        return (space < 0 ? info : info.substring(0, space)).toLowerCase(Locale.ROOT);
    }

    static String plainText(Node node) {
        StringBuilder out = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                out.append(code.getLiteral());
            }
        });
        return out.toString();
    }

    /** Mermaid blocks become {@code <pre class="mermaid">}; other fences keep their language class for highlight.js. */
    private static final class CodeBlockRenderer implements NodeRenderer {
        private final HtmlWriter html;

        CodeBlockRenderer(HtmlNodeRendererContext context) {
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(FencedCodeBlock.class);
        }

        @Override
        public void render(Node node) {
            FencedCodeBlock block = (FencedCodeBlock) node;
            String lang = language(block);
            html.line();
            if ("mermaid".equals(lang)) {
                html.tag("pre", Map.of("class", "mermaid"));
                html.text(block.getLiteral());
                html.tag("/pre");
            } else {
                html.tag("pre");
                html.tag("code", lang.matches("[a-z0-9+#-]{1,20}") ? Map.of("class", "language-" + lang) : Map.of());
                html.text(block.getLiteral());
                html.tag("/code");
                html.tag("/pre");
            }
            html.line();
        }
    }
}
