-- A counter per learner that every progress change increments in its own transaction: cohort reports keep
-- each learner's loaded progress while the counter stands (see academy.cohort.CohortProgress).
ALTER TABLE learner ADD COLUMN progress_stamp BIGINT DEFAULT 0 NOT NULL;
