package academy.cohort;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.core.MultivaluedMap;

import academy.content.model.Course;
import academy.content.model.CourseModule;
import academy.content.model.LessonKey;

/**
 * The assignment form as posted, and its validation. Every problem becomes a message in the user's
 * language; the form is shown again with what was typed, so nothing is lost.
 */
public final class AssignmentForm {

    public String kind = "PATH";
    public String path = "";
    public List<String> modules = new ArrayList<>();
    public List<String> lessons = new ArrayList<>();
    public String lessonRule = "QUIZ_PASSED";
    public boolean examRequired;
    public String examMinScore = "";
    public String schedule = "RELATIVE";
    public String startDate = "";
    /** Per module: the date (absolute) or the day offset (relative) as typed. */
    public Map<String, String> dueDates = new LinkedHashMap<>();
    public Map<String, String> offsets = new LinkedHashMap<>();
    public String version = "";
    public final List<String> errors = new ArrayList<>();

    static final int MAX_FIELD = 200;

    public static AssignmentForm of(Assignment a) {
        AssignmentForm f = new AssignmentForm();
        f.kind = a.kind.name();
        switch (a.kind) {
            case PATH -> f.path = a.targets;
            case MODULE -> f.modules = new ArrayList<>(a.targetList());
            case LESSON -> f.lessons = new ArrayList<>(a.targetList());
        }
        f.lessonRule = a.lessonRule.name();
        f.examRequired = a.examRequired;
        f.examMinScore = a.examMinScore == null ? "" : a.examMinScore.toString();
        f.schedule = a.schedule.name();
        f.startDate = a.startDate.toString();
        for (AssignmentDue d : a.dues) {
            if (d.dueDate != null) {
                f.dueDates.put(d.moduleId, d.dueDate.toString());
            }
            if (d.offsetDays != null) {
                f.offsets.put(d.moduleId, d.offsetDays.toString());
            }
        }
        f.version = Integer.toString(a.version);
        return f;
    }

    public static AssignmentForm read(MultivaluedMap<String, String> form) {
        AssignmentForm f = new AssignmentForm();
        f.kind = first(form, "kind", "PATH");
        f.path = first(form, "path", "");
        f.modules = all(form, "modules");
        f.lessons = all(form, "lessons");
        f.lessonRule = first(form, "lessonRule", "QUIZ_PASSED");
        f.examRequired = "on".equals(first(form, "examRequired", "")) || "true".equals(first(form, "examRequired", ""));
        f.examMinScore = first(form, "examMinScore", "");
        f.schedule = first(form, "schedule", "RELATIVE");
        f.startDate = first(form, "startDate", "");
        f.version = first(form, "version", "");
        for (Map.Entry<String, List<String>> e : form.entrySet()) {
            String value = e.getValue().isEmpty() ? "" : clip(e.getValue().get(0).trim());
            if (e.getKey().startsWith("due_") && !value.isEmpty()) {
                f.dueDates.put(e.getKey().substring(4), value);
            } else if (e.getKey().startsWith("offset_") && !value.isEmpty()) {
                f.offsets.put(e.getKey().substring(7), value);
            }
        }
        return f;
    }

    /** Checks the form against the course and fills {@code target}; adds one message per problem. */
    public boolean validate(Course course, CohortMessages msg, Assignment target) {
        errors.clear();
        Assignment.Kind k = parseEnum(Assignment.Kind.class, kind);
        Assignment.LessonRule rule = parseEnum(Assignment.LessonRule.class, lessonRule);
        Assignment.Schedule sched = parseEnum(Assignment.Schedule.class, schedule);
        if (k == null) {
            errors.add(msg.err_kind());
        }
        if (rule == null) {
            errors.add(msg.err_rule());
        }
        if (sched == null) {
            errors.add(msg.err_schedule());
        }
        String targets = null;
        if (k == Assignment.Kind.PATH) {
            if (course.path(path).isEmpty()) {
                errors.add(msg.err_path());
            } else {
                targets = path;
            }
        } else if (k == Assignment.Kind.MODULE) {
            List<String> unknown = modules.stream().filter(m -> course.module(m).isEmpty()).toList();
            if (modules.isEmpty()) {
                errors.add(msg.err_no_modules());
            } else if (!unknown.isEmpty()) {
                errors.add(msg.err_unknown(String.join(", ", unknown)));
            } else {
                targets = String.join(",", modules.stream().distinct().toList());
            }
        } else if (k == Assignment.Kind.LESSON) {
            List<String> unknown = lessons.stream().filter(l -> Optional.ofNullable(LessonKey.parse(l)).flatMap(course::lesson).isEmpty()).toList();
            if (lessons.isEmpty()) {
                errors.add(msg.err_no_lessons());
            } else if (!unknown.isEmpty()) {
                errors.add(msg.err_unknown(String.join(", ", unknown)));
            } else {
                targets = String.join(",", lessons.stream().distinct().toList());
            }
        }
        if (targets != null && targets.length() > 4000) {
            errors.add(msg.err_too_many());
        }
        LocalDate start = date(startDate);
        if (start == null) {
            errors.add(msg.err_start(startDate.isEmpty() ? "—" : startDate));
        }
        Integer min = null;
        if (examRequired && !examMinScore.isBlank()) {
            min = integer(examMinScore);
            if (min == null || min < 0 || min > 100) {
                errors.add(msg.err_min_score(examMinScore));
                min = null;
            }
        }
        List<AssignmentDue> dues = new ArrayList<>();
        for (CourseModule m : course.modules()) {
            AssignmentDue due = new AssignmentDue();
            due.moduleId = m.id();
            if (sched == Assignment.Schedule.ABSOLUTE && dueDates.containsKey(m.id())) {
                due.dueDate = date(dueDates.get(m.id()));
                if (due.dueDate == null) {
                    errors.add(msg.err_due(m.number(), dueDates.get(m.id())));
                } else if (start != null && due.dueDate.isBefore(start)) {
                    errors.add(msg.err_due_before_start(m.number(), due.dueDate.toString()));
                }
            }
            if (sched == Assignment.Schedule.RELATIVE && offsets.containsKey(m.id())) {
                due.offsetDays = integer(offsets.get(m.id()));
                if (due.offsetDays == null || due.offsetDays < 0 || due.offsetDays > 3650) {
                    errors.add(msg.err_offset(m.number(), offsets.get(m.id())));
                    due.offsetDays = null;
                }
            }
            if (due.dueDate != null || due.offsetDays != null) {
                dues.add(due);
            }
        }
        List<String> strays = new ArrayList<>(dueDates.keySet());
        strays.addAll(offsets.keySet());
        strays.removeIf(m -> course.module(m).isPresent());
        if (!strays.isEmpty()) {
            errors.add(msg.err_unknown(String.join(", ", strays)));
        }
        if (!errors.isEmpty()) {
            return false;
        }
        target.courseId = course.id();
        target.kind = k;
        target.targets = targets;
        target.lessonRule = rule;
        target.examRequired = examRequired && k != Assignment.Kind.LESSON;
        target.examMinScore = target.examRequired ? min : null;
        target.schedule = sched;
        target.startDate = start;
        // keep the rows of modules that stay, so ids are stable; drop the rest
        Map<String, AssignmentDue> wanted = new LinkedHashMap<>();
        dues.forEach(d -> wanted.put(d.moduleId, d));
        target.dues.removeIf(d -> !wanted.containsKey(d.moduleId));
        for (AssignmentDue existing : target.dues) {
            AssignmentDue w = wanted.remove(existing.moduleId);
            existing.dueDate = w.dueDate;
            existing.offsetDays = w.offsetDays;
        }
        for (AssignmentDue d : wanted.values()) {
            d.assignment = target;
            target.dues.add(d);
        }
        return true;
    }

    public boolean selected(String moduleId) {
        return modules.contains(moduleId);
    }

    /** Whether the lesson (a {@code LessonKey} or its text) is among the chosen ones. */
    public boolean lessonSelected(Object key) {
        return lessons.contains(String.valueOf(key));
    }

    public String due(String moduleId) {
        return dueDates.getOrDefault(moduleId, "");
    }

    public String offset(String moduleId) {
        return offsets.getOrDefault(moduleId, "");
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value);
        } catch (RuntimeException e) {
            return null;
        }
    }

    static LocalDate date(String text) {
        if (text == null || text.isBlank() || text.length() > 10) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(text.trim());
            return d.getYear() < 2000 || d.getYear() > 2200 ? null : d;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static Integer integer(String text) {
        if (text == null || text.isBlank() || text.length() > 6) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String first(MultivaluedMap<String, String> form, String name, String fallback) {
        String v = form.getFirst(name);
        return v == null ? fallback : clip(v.trim());
    }

    private static List<String> all(MultivaluedMap<String, String> form, String name) {
        List<String> values = form.get(name);
        return values == null ? new ArrayList<>() : new ArrayList<>(values.stream().map(String::trim).filter(s -> !s.isEmpty())
                .map(AssignmentForm::clip).limit(500).toList());
    }

    private static String clip(String s) {
        return s.length() > MAX_FIELD ? s.substring(0, MAX_FIELD) : s;
    }
}
