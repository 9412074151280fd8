package academy.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;

import academy.content.ContentLoaded;
import academy.content.model.Course;
import academy.content.model.CourseModule;
import academy.content.model.GlossaryTerm;
import academy.content.model.LearningPath;
import academy.content.model.Lesson;
import io.quarkus.logging.Log;

/**
 * The full-text index of the catalog: one document per lesson section (heading anchor) and one per
 * glossary term, built once in memory when the content has loaded, then only searched. Prose is
 * segmented by Lucene's smartcn analyzer; code identifiers go through {@link IdentifierAnalyzer}.
 * Queries are built in code from the learner's words (no query parser sees raw input), every word
 * required, glossary synonyms of a word accepted in its place.
 */
@ApplicationScoped
public class SearchIndex {

    static final String TYPE = "type", COURSE = "course", MODULE = "module", PATH = "path", LESSON = "lesson",
            KEY = "key", ANCHOR = "anchor", TITLE = "title", HEADING = "heading", BODY = "body", IDS = "ids", TERM = "term";
    static final String SECTION_DOC = "section", TERM_DOC = "term";
    public static final int MAX_LIMIT = 50;
    /** Sections looked at per search, grouped into lessons. */
    static final int SECTION_POOL = 300;
    static final int OTHER_SECTIONS = 4;
    static final float OTHER_SECTION_SHARE = 0.3f;
    /** Extra score for the sections of the lesson that introduces a glossary term the query names. */
    static final float INTRODUCING_BOOST = 5f;

    private static final FieldType HIGHLIGHTED = highlighted();

    private final Analyzer textAnalyzer = new SmartChineseAnalyzer();
    private final Analyzer analyzer = new PerFieldAnalyzerWrapper(textAnalyzer, Map.of(IDS, new IdentifierAnalyzer()));

    /** Everything a search reads; replaced as a whole, never changed. */
    private record State(IndexSearcher searcher, UnifiedHighlighter highlighter, Map<String, GlossaryTerm> names,
            List<GlossaryTerm> terms, Map<String, Course> courseOfTerm, long ramBytes, int documents) {
    }

    private volatile State state;
    private volatile CompletableFuture<Void> building = CompletableFuture.completedFuture(null);

    /**
     * Starts building the index on its own thread as soon as the content is loaded, so startup does not
     * wait for it; readiness ({@link SearchReadinessCheck}) does, and a search that comes first waits.
     */
    void onContentLoaded(@Observes ContentLoaded event) {
        List<Course> courses = event.courses();
        CompletableFuture<Void> task = new CompletableFuture<>();
        building = task;
        Thread thread = new Thread(() -> {
            try {
                build(courses);
                task.complete(null);
            } catch (RuntimeException | Error e) {
                Log.error("Building the search index failed", e);
                task.completeExceptionally(e);
            }
        }, "search-index");
        thread.setDaemon(true);
        thread.start();
    }

    /** Whether the index is built and searched. */
    public boolean ready() {
        return state != null;
    }

    /** Waits (bounded) for a build that is under way; false if the index is still not there. */
    boolean awaitReady(long millis) {
        if (state != null) {
            return true;
        }
        try {
            building.get(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            return state != null;
        }
        return state != null;
    }

    /** Builds the index of these courses and makes it the one searched. */
    public void build(List<Course> courses) {
        long started = System.nanoTime();
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        Map<String, GlossaryTerm> names = new HashMap<>();
        List<GlossaryTerm> terms = new ArrayList<>();
        Map<String, Course> courseOfTerm = new HashMap<>();
        int documents = 0;
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (Course course : courses) {
                for (CourseModule module : course.modules()) {
                    List<String> paths = paths(course, module.id());
                    for (Lesson lesson : module.lessons()) {
                        for (LessonSections.Section s : LessonSections.of(lesson)) {
                            writer.addDocument(section(course, module, lesson, paths, s));
                            documents++;
                        }
                    }
                }
                for (GlossaryTerm t : course.glossary()) {
                    writer.addDocument(term(course, t));
                    documents++;
                    terms.add(t);
                    courseOfTerm.put(t.id(), course);
                    t.names().forEach(n -> names.putIfAbsent(n.toLowerCase(Locale.ROOT), t));
                }
            }
            writer.forceMerge(1);
        } catch (IOException e) {
            throw new UncheckedIOException("building the search index in memory", e);
        }
        try {
            IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(directory));
            UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                    .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                    .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                            BreakIterator.getSentenceInstance(Locale.CHINA), 90, 0.5f))
                    .withMaxLength(100_000)
                    .build();
            long bytes = 0;
            for (String file : directory.listAll()) {
                bytes += directory.fileLength(file);
            }
            rememberModules(courses);
            state = new State(searcher, highlighter, Map.copyOf(names), List.copyOf(terms), Map.copyOf(courseOfTerm),
                    bytes, documents);
        } catch (IOException e) {
            throw new UncheckedIOException("opening the search index", e);
        }
        Log.infof("Search index: %d documents, %d KB of index files in memory, built in %d ms", documents, ramBytesUsed() / 1024,
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Bytes held by the index files (ByteBuffersDirectory); the analyzers' dictionaries are extra. */
    public long ramBytesUsed() {
        return state == null ? 0 : state.ramBytes();
    }

    public int documents() {
        return state == null ? 0 : state.documents();
    }

    private static List<String> paths(Course course, String moduleId) {
        return course.paths().stream().filter(p -> p.moduleIds().contains(moduleId)).map(LearningPath::id).toList();
    }

    private Document section(Course course, CourseModule module, Lesson lesson, List<String> paths, LessonSections.Section s) {
        Document d = new Document();
        d.add(new StringField(TYPE, SECTION_DOC, Field.Store.NO));
        d.add(new StringField(COURSE, course.id(), Field.Store.YES));
        d.add(new StringField(MODULE, module.id(), Field.Store.YES));
        paths.forEach(p -> d.add(new StringField(PATH, p, Field.Store.NO)));
        d.add(new StoredField(LESSON, lesson.slug()));
        d.add(new StringField(KEY, course.id() + "/" + lesson.key(), Field.Store.NO));
        d.add(new StoredField(ANCHOR, s.anchor()));
        d.add(new TextField(TITLE, lesson.title(), Field.Store.YES));
        d.add(new TextField(HEADING, s.heading(), Field.Store.YES));
        String body = s.anchor().isEmpty()
                ? String.join("\n", lesson.summary(), String.join("\n", lesson.objectives()), s.text())
                : s.text();
        d.add(new Field(BODY, body, HIGHLIGHTED));
        d.add(new TextField(IDS, String.join("\n", lesson.title(), s.heading(), body, s.code(),
                s.anchor().isEmpty() ? String.join(" ", lesson.tags()) : ""), Field.Store.NO));
        return d;
    }

    private Document term(Course course, GlossaryTerm t) {
        Document d = new Document();
        d.add(new StringField(TYPE, TERM_DOC, Field.Store.NO));
        d.add(new StringField(COURSE, course.id(), Field.Store.YES));
        d.add(new StringField(TERM, t.id(), Field.Store.YES));
        d.add(new StringField(MODULE, t.lesson().moduleId(), Field.Store.NO));
        paths(course, t.lesson().moduleId()).forEach(p -> d.add(new StringField(PATH, p, Field.Store.NO)));
        d.add(new TextField(TITLE, t.term() + " " + t.en(), Field.Store.NO));
        d.add(new TextField(HEADING, String.join(" ", t.aliases()), Field.Store.NO));
        d.add(new Field(BODY, t.definition(), HIGHLIGHTED));
        d.add(new TextField(IDS, String.join("\n", t.names()), Field.Store.NO));
        return d;
    }

    private static FieldType highlighted() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    /**
     * Searches lesson sections and glossary terms. {@code module} and {@code path} (ids, already checked
     * to exist) narrow the search; null means any. At most one section per lesson, best first.
     */
    public SearchResults search(String query, String module, String path, int limit) {
        State s = state;
        String q = query == null ? "" : query.strip();
        if (s == null || q.isEmpty()) {
            return SearchResults.none(q, module, path);
        }
        try {
            List<Query> groups = groups(s, q);
            if (groups.isEmpty()) {
                return withSuggestions(s, q, module, path, List.of(), List.of(), false);
            }
            boolean relaxed = false;
            List<Query> introducing = introducingLessons(s, q);
            List<SearchHit> hits = sections(s, boosted(all(groups, Occur.MUST), introducing), module, path, limit);
            if (hits.isEmpty() && groups.size() > 1) {
                hits = sections(s, boosted(all(groups, Occur.SHOULD), introducing), module, path, limit);
                relaxed = !hits.isEmpty();
            }
            List<TermHit> terms = terms(s, q, all(groups, Occur.SHOULD), module, path);
            return withSuggestions(s, q, module, path, hits, terms, relaxed);
        } catch (IOException e) {
            throw new UncheckedIOException("searching the in-memory index", e);
        }
    }

    private SearchResults withSuggestions(State s, String q, String module, String path, List<SearchHit> hits,
            List<TermHit> terms, boolean relaxed) throws IOException {
        List<String> suggestions = hits.isEmpty() && terms.isEmpty() ? suggestions(s, q) : List.of();
        return new SearchResults(q, module, path, relaxed, hits, terms, suggestions);
    }

    /** The learner's words: the whole query if it names a glossary term ("Pod Security Admission"), else split on spaces. */
    static List<String> words(String q) {
        List<String> words = new ArrayList<>();
        for (String w : q.split("[\\s\\u3000]+")) {
            if (!w.isEmpty() && words.size() < 8) {
                words.add(w);
            }
        }
        return words;
    }

    private List<Query> groups(State s, String q) {
        List<String> words = s.names().containsKey(q.toLowerCase(Locale.ROOT)) ? List.of(q) : words(q);
        List<Query> groups = new ArrayList<>();
        for (String w : words) {
            BooleanQuery.Builder g = new BooleanQuery.Builder();
            int clauses = addWord(g, w, 1f);
            GlossaryTerm t = s.names().get(w.toLowerCase(Locale.ROOT));
            if (t != null) {
                for (String synonym : t.names()) {
                    if (!synonym.equalsIgnoreCase(w)) {
                        clauses += addWord(g, synonym, 0.7f);
                    }
                }
            }
            if (clauses > 0) {
                groups.add(g.build());
            }
        }
        return groups;
    }

    private int addWord(BooleanQuery.Builder g, String word, float weight) {
        int clauses = 0;
        String id = IdentifierAnalyzer.normalize(word);
        if (!id.isEmpty()) {
            g.add(new BoostQuery(new TermQuery(new Term(IDS, id)), 3f * weight), Occur.SHOULD);
            clauses++;
        }
        List<String> tokens = analyze(word);
        if (!tokens.isEmpty()) {
            g.add(new BoostQuery(text(TITLE, tokens), 4f * weight), Occur.SHOULD);
            g.add(new BoostQuery(text(HEADING, tokens), 2.5f * weight), Occur.SHOULD);
            g.add(new BoostQuery(text(BODY, tokens), weight), Occur.SHOULD);
            clauses += 3;
        }
        return clauses;
    }

    private static Query text(String field, List<String> tokens) {
        if (tokens.size() == 1) {
            return new TermQuery(new Term(field, tokens.get(0)));
        }
        BooleanQuery.Builder every = new BooleanQuery.Builder();
        tokens.forEach(t -> every.add(new TermQuery(new Term(field, t)), Occur.MUST));
        return new BooleanQuery.Builder()
                .add(every.build(), Occur.MUST)
                .add(new BoostQuery(new PhraseQuery(1, field, tokens.toArray(String[]::new)), 2f), Occur.SHOULD)
                .build();
    }

    private List<String> analyze(String word) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = textAnalyzer.tokenStream(BODY, word)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken() && out.size() < 16) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The lessons that introduce the glossary terms the query names: the glossary says where a term is explained. */
    private List<Query> introducingLessons(State s, String q) {
        List<Query> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<String> words = new ArrayList<>(words(q));
        words.add(q);
        for (String w : words) {
            GlossaryTerm t = s.names().get(w.toLowerCase(Locale.ROOT));
            if (t != null && seen.add(t.id())) {
                String key = s.courseOfTerm().get(t.id()).id() + "/" + t.lesson();
                out.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(KEY, key))), INTRODUCING_BOOST));
            }
        }
        return out;
    }

    /** Adds score to what matches anyway; never makes anything match on its own. */
    private static Query boosted(Query core, List<Query> boosts) {
        if (boosts.isEmpty()) {
            return core;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(core, Occur.MUST);
        boosts.forEach(x -> b.add(x, Occur.SHOULD));
        return b.build();
    }

    private static Query all(List<Query> groups, Occur occur) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        groups.forEach(g -> b.add(g, occur));
        return b.build();
    }

    private static Query filtered(Query query, String type, String module, String path) {
        BooleanQuery.Builder b = new BooleanQuery.Builder()
                .add(query, Occur.MUST)
                .add(new TermQuery(new Term(TYPE, type)), Occur.FILTER);
        if (module != null) {
            b.add(new TermQuery(new Term(MODULE, module)), Occur.FILTER);
        }
        if (path != null) {
            b.add(new TermQuery(new Term(PATH, path)), Occur.FILTER);
        }
        return b.build();
    }

    private List<SearchHit> sections(State s, Query groups, String module, String path, int limit) throws IOException {
        Query query = filtered(groups, SECTION_DOC, module, path);
        TopDocs top = s.searcher().search(query, SECTION_POOL);
        // A lesson ranks by its best section plus a share of its next best ones: the lesson that is about
        // a thing mentions it in several sections, a passing remark in one section weighs less.
        Map<String, List<ScoreDoc>> byLesson = new LinkedHashMap<>();
        var stored = s.searcher().storedFields();
        for (ScoreDoc sd : top.scoreDocs) {
            Document d = stored.document(sd.doc, Set.of(COURSE, MODULE, LESSON));
            byLesson.computeIfAbsent(d.get(COURSE) + "/" + d.get(MODULE) + "/" + d.get(LESSON), k -> new ArrayList<>()).add(sd);
        }
        List<ScoreDoc> ranked = new ArrayList<>();
        for (List<ScoreDoc> sections : byLesson.values()) {
            float score = sections.get(0).score;
            for (int i = 1; i < Math.min(sections.size(), 1 + OTHER_SECTIONS); i++) {
                score += OTHER_SECTION_SHARE * sections.get(i).score;
            }
            ranked.add(new ScoreDoc(sections.get(0).doc, score));
        }
        ranked.sort((a, b) -> Float.compare(b.score, a.score));
        Map<String, ScoreDoc> best = new LinkedHashMap<>();
        ranked.stream().limit(limit).forEach(sd -> best.put(String.valueOf(sd.doc), sd));
        ScoreDoc[] kept = best.values().toArray(ScoreDoc[]::new);
        String[] snippets = s.highlighter().highlight(BODY, query,
                new TopDocs(new TotalHits(kept.length, TotalHits.Relation.EQUAL_TO), kept), 1);
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < kept.length; i++) {
            Document d = stored.document(kept[i].doc);
            String url = "/courses/" + d.get(COURSE) + "/" + d.get(MODULE) + "/" + d.get(LESSON)
                    + (path == null ? "" : "?path=" + path) + (d.get(ANCHOR).isEmpty() ? "" : "#" + d.get(ANCHOR));
            hits.add(new SearchHit(d.get(TITLE), d.get(MODULE), moduleTitle(d.get(COURSE), d.get(MODULE)), d.get(LESSON),
                    d.get(ANCHOR), d.get(HEADING), url, snippets[i] == null ? "" : snippets[i], kept[i].score));
        }
        return hits;
    }

    private final Map<String, String> moduleTitles = new java.util.concurrent.ConcurrentHashMap<>();

    private String moduleTitle(String course, String module) {
        return moduleTitles.getOrDefault(course + "/" + module, module);
    }

    void rememberModules(List<Course> courses) {
        courses.forEach(c -> c.modules().forEach(m -> moduleTitles.put(c.id() + "/" + m.id(), m.title())));
    }

    private List<TermHit> terms(State s, String q, Query groups, String module, String path) throws IOException {
        Map<String, GlossaryTerm> found = new LinkedHashMap<>();
        // a word that is a term's name finds that term first
        for (String w : words(q)) {
            Optional.ofNullable(s.names().get(w.toLowerCase(Locale.ROOT))).ifPresent(t -> found.putIfAbsent(t.id(), t));
        }
        Optional.ofNullable(s.names().get(q.toLowerCase(Locale.ROOT))).ifPresent(t -> found.putIfAbsent(t.id(), t));
        found.values().removeIf(t -> (module != null && !t.lesson().moduleId().equals(module))
                || (path != null && !paths(s.courseOfTerm().get(t.id()), t.lesson().moduleId()).contains(path)));
        TopDocs top = s.searcher().search(filtered(groups, TERM_DOC, module, path), 5);
        var stored = s.searcher().storedFields();
        for (ScoreDoc sd : top.scoreDocs) {
            String id = stored.document(sd.doc, Set.of(TERM)).get(TERM);
            s.terms().stream().filter(t -> t.id().equals(id)).findFirst().ifPresent(t -> found.putIfAbsent(id, t));
        }
        return found.values().stream().limit(5).map(t -> termHit(s, t)).toList();
    }

    private static TermHit termHit(State s, GlossaryTerm t) {
        Course c = s.courseOfTerm().get(t.id());
        return new TermHit(t.id(), t.term(), t.en(), t.definitionHtml(), "/glossary#" + t.id(),
                "/courses/" + c.id() + "/" + t.lesson().moduleId() + "/" + t.lesson().slug());
    }

    /** Terms to try instead: close spellings of English words, then glossary terms sharing characters with the query. */
    private List<String> suggestions(State s, String q) throws IOException {
        Set<String> out = new LinkedHashSet<>();
        DirectSpellChecker spell = new DirectSpellChecker();
        for (String w : words(q)) {
            String id = IdentifierAnalyzer.normalize(w);
            if (id.length() >= 3) {
                for (SuggestWord sw : spell.suggestSimilar(new Term(IDS, id), 3, s.searcher().getIndexReader(), SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX)) {
                    out.add(s.names().containsKey(sw.string) ? s.names().get(sw.string).en() : sw.string);
                }
            }
        }
        String folded = q.toLowerCase(Locale.ROOT);
        s.terms().stream()
                .map(t -> Map.entry(t, shared(folded, t)))
                .filter(e -> e.getValue() > 0)
                .sorted((a, b) -> b.getValue() - a.getValue())
                .limit(5)
                .forEach(e -> out.add(e.getKey().term()));
        if (out.isEmpty()) {
            s.terms().stream().limit(5).forEach(t -> out.add(t.term()));
        }
        return out.stream().limit(6).toList();
    }

    /** How many distinct Chinese characters of the query appear in one of the term's names. */
    private static int shared(String q, GlossaryTerm t) {
        String names = String.join(" ", t.names()).toLowerCase(Locale.ROOT);
        return (int) q.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                .distinct().filter(c -> names.indexOf(c) >= 0).count();
    }
}
