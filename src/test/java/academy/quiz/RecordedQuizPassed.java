package academy.quiz;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Test observer standing in for progress tracking: records every QuizPassed event. */
@ApplicationScoped
public class RecordedQuizPassed {

    private final List<QuizPassed> events = new CopyOnWriteArrayList<>();

    void on(@Observes QuizPassed event) {
        events.add(event);
    }

    public List<QuizPassed> of(String subject) {
        return events.stream().filter(e -> e.subject().equals(subject)).toList();
    }
}
