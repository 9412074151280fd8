package academy.cohort;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import academy.account.CurrentLearner;

/**
 * The signed-in learner's assignments, for /me and for the due-date notes on path, module and lesson pages
 * ({@code inject:assigned}). Loaded once per request; nothing for anonymous visitors.
 */
@Named("assigned")
@RequestScoped
public class AssignedToMe {

    @Inject
    CurrentLearner account;

    @Inject
    CohortAccess access;

    @Inject
    CohortProgress progress;

    private List<MyAssignment> mine;

    public List<MyAssignment> list() {
        if (mine == null) {
            mine = account.signedIn() ? progress.mine(access.user().subject()) : List.of();
        }
        return mine;
    }

    public boolean any() {
        return !list().isEmpty();
    }

    public List<DueNote> lesson(String courseId, String moduleId, String slug) {
        List<DueNote> out = new ArrayList<>();
        for (MyAssignment m : list()) {
            if (!m.assignment().courseId.equals(courseId)) {
                continue;
            }
            for (ItemProgress i : m.standing().items()) {
                if (i.item().lesson() != null && i.item().lesson().moduleId().equals(moduleId) && i.item().lesson().slug().equals(slug)) {
                    out.add(note(m, i.due(), i.done(), i.overdue(), i.dueSoon()));
                }
            }
        }
        return out;
    }

    public List<DueNote> module(String courseId, String moduleId) {
        List<DueNote> out = new ArrayList<>();
        for (MyAssignment m : list()) {
            if (!m.assignment().courseId.equals(courseId)) {
                continue;
            }
            List<ItemProgress> items = m.standing().items().stream().filter(i -> i.item().moduleId().equals(moduleId)).toList();
            if (!items.isEmpty()) {
                boolean done = items.stream().allMatch(ItemProgress::done);
                out.add(note(m, items.get(0).due(), done, items.stream().anyMatch(ItemProgress::overdue),
                        items.stream().anyMatch(ItemProgress::dueSoon)));
            }
        }
        return out;
    }

    public List<DueNote> path(String courseId, String pathId) {
        List<DueNote> out = new ArrayList<>();
        for (MyAssignment m : list()) {
            Assignment a = m.assignment();
            if (a.courseId.equals(courseId) && a.kind == Assignment.Kind.PATH && a.targets.equals(pathId)) {
                Standing s = m.standing();
                out.add(note(m, s.finalDue(), s.complete(), s.behind(), s.dueSoonCount() > 0));
            }
        }
        return out;
    }

    private static DueNote note(MyAssignment m, LocalDate due, boolean done, boolean overdue, boolean soon) {
        return new DueNote(m.cohort().name, due, done, overdue, soon, m.assignment().id);
    }
}
