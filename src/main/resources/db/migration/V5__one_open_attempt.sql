-- At most one open attempt per learner and quiz, guaranteed by the database (issue 9): open_slot holds
-- "quiz|subject" while the attempt is in progress and is NULL once graded; NULLs never collide in a
-- UNIQUE constraint, on H2 and PostgreSQL alike. Two app instances racing to start therefore cannot both win.
ALTER TABLE quiz_attempt ADD COLUMN open_slot VARCHAR(500);

UPDATE quiz_attempt SET open_slot = quiz_id || '|' || subject
WHERE state = 'IN_PROGRESS'
  AND attempt_no = (SELECT MAX(b.attempt_no) FROM quiz_attempt b
                    WHERE b.quiz_id = quiz_attempt.quiz_id AND b.subject = quiz_attempt.subject AND b.state = 'IN_PROGRESS');

ALTER TABLE quiz_attempt ADD CONSTRAINT uq_quiz_attempt_open UNIQUE (open_slot);
