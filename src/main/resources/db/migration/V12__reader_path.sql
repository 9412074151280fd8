-- The learning path a learner follows now (issue 16): lessons that belong to several paths show
-- previous/next and "lesson n of N" for this one. Null until the learner opens a path or a lesson on it.
-- (CURRENT_PATH is reserved in SQL.) Refers to content by its stable id (course.yaml paths[].id); a removed path is ignored by the app.
ALTER TABLE learner ADD COLUMN following_course VARCHAR(100);
ALTER TABLE learner ADD COLUMN following_path VARCHAR(100);
