package academy.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import academy.content.model.CourseModule;
import academy.content.model.Lesson;
import academy.content.model.LessonKey;
import academy.content.render.LinkRef;

/** Prerequisites and lesson links of one course, checked once every lesson of the course is known. */
final class LessonReferences {

    private record PendingRef(String file, int line, LessonKey key, String kind) {
    }

    private record PendingLink(String file, LinkRef link) {
    }

    private final List<PendingRef> prerequisites = new ArrayList<>();
    private final List<PendingLink> links = new ArrayList<>();

    void prerequisite(String file, int line, LessonKey key) {
        prerequisites.add(new PendingRef(file, line, key, "prerequisite"));
    }

    /** A module's {@code related} lesson (shown while the module has no lessons of its own). */
    void related(String file, int line, LessonKey key) {
        prerequisites.add(new PendingRef(file, line, key, "related lesson"));
    }

    void link(String file, LinkRef link) {
        links.add(new PendingLink(file, link));
    }

    void check(List<CourseModule> modules, ContentProblems problems) {
        Map<LessonKey, Lesson> lessons = new HashMap<>();
        modules.forEach(m -> m.lessons().forEach(l -> lessons.put(l.key(), l)));
        for (PendingRef ref : prerequisites) {
            if (!lessons.containsKey(ref.key())) {
                problems.add(ref.file(), ref.line(), ref.kind() + " '" + ref.key() + "' names a lesson that does not exist");
            }
        }
        for (PendingLink pending : links) {
            ContentFiles.checkLink(pending.file(), pending.link(), key -> Optional.ofNullable(lessons.get(key)), problems);
        }
    }
}
