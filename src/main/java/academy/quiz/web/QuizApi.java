package academy.quiz.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;

import academy.account.CurrentLearner;
import academy.quiz.ChoiceCodes;
import academy.quiz.QuizAttempt;
import academy.quiz.QuizAttemptAnswer;
import academy.quiz.QuizAttempts;
import academy.quiz.content.AnswerKey;
import academy.quiz.content.Question;
import academy.quiz.content.Quiz;
import academy.quiz.content.QuizCatalog;
import academy.quiz.grading.InvalidAnswerException;
import academy.quiz.web.QuizApiDtos.AttemptDto;
import academy.quiz.web.QuizApiDtos.AttemptRequest;
import academy.quiz.web.QuizApiDtos.AttemptSummaryDto;
import academy.quiz.web.QuizApiDtos.DraftDto;
import academy.quiz.web.QuizApiDtos.DraftRequest;
import academy.quiz.web.QuizApiDtos.QuestionDto;
import academy.quiz.web.QuizApiDtos.QuizDto;
import academy.quiz.web.QuizApiDtos.ResultDto;
import io.quarkus.security.Authenticated;

/** The quiz JSON API: the same rules as the pages (login to answer, own attempts only, one grading). */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class QuizApi {

    @Inject
    QuizCatalog quizzes;

    @Inject
    QuizAttempts attempts;

    @Inject
    CurrentLearner learner;

    /** The quiz and, for logged-in callers, its question pool without answers (choice order drawn per call). */
    @GET
    @Path("quizzes/{quizId}")
    public QuizDto quiz(@PathParam("quizId") String quizId) {
        Quiz quiz = quizzes.quiz(quizId).orElseThrow(NotFoundException::new);
        List<QuestionDto> questions = null;
        if (learner.subjectOrNull() != null) {
            questions = new ArrayList<>();
            int number = 0;
            for (Question q : quiz.questions()) {
                QuizAttemptAnswer shown = new QuizAttemptAnswer();
                shown.questionNumber = ++number;
                shown.shownOrder = String.join(",", attempts.shownOrder(q, quiz.shuffle()));
                questions.add(QuestionDto.of(AttemptViews.form(shown, q)));
            }
        }
        return new QuizDto(quiz.id(), quiz.title(), quiz.courseId(), quiz.moduleId(), quiz.lessonSlug(), quiz.exam(),
                quiz.passMark(), quiz.questionCount(), quiz.timeLimitMinutes(), quiz.maxAttempts(), quiz.url(), questions);
    }

    /**
     * Without {@code attempt}: starts (or resumes) an attempt and returns its questions, whose choice ids
     * are codes of this attempt. With {@code attempt} and {@code answers}: grades that open attempt.
     * Grading twice returns the first result.
     */
    @POST
    @Path("quizzes/{quizId}/attempts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    public Response attempt(@PathParam("quizId") String quizId, AttemptRequest request) {
        Quiz quiz = quizzes.quiz(quizId).orElseThrow(NotFoundException::new);
        String subject = learner.subjectOrNull();
        AttemptRequest req = request == null ? new AttemptRequest(null, null) : request;
        Map<String, List<String>> answers = req.answers() == null ? null : convert(req.answers());
        String token = req.attempt();
        if (token == null) {
            if (answers != null) {
                // Choice ids are this attempt's codes: answers can only refer to an attempt the client has seen.
                throw new InvalidAnswerException(InvalidAnswerException.Kind.NO_ATTEMPT, null, "answers need an attempt token");
            }
            QuizAttempt started = attempts.start(subject, quiz);
            return Response.status(201).entity(dto(started, quiz, false)).build();
        }
        // one transaction: the attempt is locked, checked to be this learner's and this quiz's (else 404), graded
        QuizAttempts.Submission submission = attempts.submit(subject, token, quizId, answers == null ? Map.of() : answers)
                .orElseThrow(NotFoundException::new);
        return Response.ok(dto(submission.attempt(), quiz, submission.alreadyGraded())).build();
    }

    /**
     * Saves answers to an open attempt without grading it (the attempt page calls this on every change).
     * Validated like a submission; only the questions given are changed, and an empty answer clears one.
     */
    @POST
    @Path("me/attempts/{token}/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    public DraftDto saveDraft(@PathParam("token") String token, DraftRequest request) {
        if (request == null || request.answers() == null || request.answers().isEmpty()) {
            throw new jakarta.ws.rs.BadRequestException("answers: at least one question id with its answer");
        }
        if (request.answers().size() > AttemptPage.MAX_FIELDS) {
            throw new jakarta.ws.rs.BadRequestException("too many answers");
        }
        QuizAttempts.DraftSaved saved = attempts.saveDrafts(learner.subjectOrNull(), token, convert(request.answers()), false)
                .orElseThrow(NotFoundException::new);
        return new DraftDto(saved.answered(), saved.total(), saved.savedAt());
    }

    @GET
    @Path("me/attempts")
    @Authenticated
    public List<AttemptSummaryDto> myAttempts() {
        return attempts.attempts(learner.subjectOrNull()).stream()
                .map(a -> new AttemptSummaryDto(a.token, a.quizId, a.attemptNumber, a.state.name(), a.startedAt, a.finishedAt,
                        a.scorePercent, a.passed, a.late))
                .toList();
    }

    @GET
    @Path("me/attempts/{token}")
    @Authenticated
    public AttemptDto myAttempt(@PathParam("token") String token) {
        QuizAttempt attempt = attempts.find(learner.subjectOrNull(), token).orElseThrow(NotFoundException::new);
        return dto(attempt, quizzes.quiz(attempt.quizId).orElseThrow(NotFoundException::new), false);
    }

    private AttemptDto dto(QuizAttempt a, Quiz quiz, boolean alreadyGraded) {
        List<QuestionDto> questions = null;
        List<ResultDto> results = null;
        if (a.finished()) {
            results = new ArrayList<>();
            for (QuizAttemptAnswer row : a.answers) {
                Optional<Question> q = quiz.question(row.questionId);
                Optional<ChoiceCodes> codes = q.map(x -> ChoiceCodes.of(x, row.shownIds()));
                List<String> response = attempts.response(row);
                results.add(new ResultDto(row.questionNumber, row.questionId, q.map(x -> x.type().yamlName()).orElse(null),
                        row.points == null ? 0 : row.points, row.maxPoints, Boolean.TRUE.equals(row.correct),
                        codes.map(c -> c.encode(response)).orElse(response),
                        q.map(x -> codes.get().encode(correctAnswer(x))).orElse(List.of()),
                        q.map(Question::explanationHtml).orElse(null), q.map(quiz::sectionUrl).orElse(null)));
            }
        } else {
            questions = new ArrayList<>();
            for (QuizAttemptAnswer row : a.answers) {
                quiz.question(row.questionId).map(q -> QuestionDto.of(AttemptViews.form(row, q, attempts.draft(row)))).ifPresent(questions::add);
            }
        }
        return new AttemptDto(a.token, a.quizId, a.attemptNumber, a.state.name(), a.startedAt, a.deadlineAt, a.finishedAt,
                a.scorePercent, a.scorePoints, a.maxPoints, a.passed, a.late, alreadyGraded, a.contentHash, questions, results);
    }

    /** The key in the answer format of the API; only ever called for graded attempts. */
    static List<String> correctAnswer(Question q) {
        AnswerKey key = q.key();
        return switch (q.type()) {
            case SINGLE, MULTIPLE, ORDERING -> key.optionIds();
            case TRUE_FALSE -> List.of(String.valueOf(key.truth()));
            case FILL -> {
                List<String> out = new ArrayList<>(key.acceptAsWritten());
                if (key.regex() != null) {
                    out.add("/" + key.regex().pattern() + "/");
                }
                yield out;
            }
            case NUMERIC -> List.of(key.number().toPlainString());
            case MATCH -> q.left().stream().map(l -> l.id() + "=" + key.pairs().get(l.id())).toList();
        };
    }

    /** JSON answers to the form's shape: scalars become one value, arrays many, a match object leftId=rightId pairs. */
    static Map<String, List<String>> convert(Map<String, JsonNode> answers) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        answers.forEach((questionId, node) -> {
            List<String> values = new ArrayList<>();
            if (node == null || node.isNull()) {
                // unanswered
            } else if (node.isValueNode()) {
                values.add(node.asText());
            } else if (node.isArray()) {
                node.forEach(item -> {
                    if (!item.isValueNode() || item.isNull()) {
                        throw new InvalidAnswerException(InvalidAnswerException.Kind.WRONG_TYPE, questionId, "nested value");
                    }
                    values.add(item.asText());
                });
            } else {
                node.fields().forEachRemaining(e -> {
                    if (!e.getValue().isValueNode()) {
                        throw new InvalidAnswerException(InvalidAnswerException.Kind.WRONG_TYPE, questionId, "nested value");
                    }
                    values.add(e.getKey() + "=" + (e.getValue().isNull() ? "" : e.getValue().asText()));
                });
            }
            out.put(questionId, values);
        });
        return out;
    }
}
