#!/usr/bin/env python3
"""Writes SQL that seeds one cohort of N learners on the beginner path of the shipped course.

Usage: seed_cohort.py <learners> <courses-dir> > seed.sql
Learners get a spread of progress (0..all lessons, quiz attempts with scores, some overdue, some idle).
The lead is 'bench-lead' (a manual LEAD membership, so a token without a groups claim keeps it).
"""
import os, random, re, sys

learners = int(sys.argv[1])
courses = sys.argv[2]
random.seed(42)

course = open(os.path.join(courses, 'k8s-internals', 'course.yaml'), encoding='utf-8').read()
m = re.search(r'- id: beginner\n(?:.*\n)*?\s+modules: \[([^\]]+)\]', course)
modules = [x.strip() for x in m.group(1).split(',')]
lessons = []
for mod in modules:
    d = os.path.join(courses, 'k8s-internals', mod)
    for f in sorted(os.listdir(d)):
        mm = re.match(r'\d\d-(.+)\.md$', f)
        if mm:
            lessons.append((mod, mm.group(1)))

def q(s):
    return "'" + s.replace("'", "''") + "'"

out = []
ts = "TIMESTAMP WITH TIME ZONE '2026-11-01 08:00:00+00'"
out.append(f"INSERT INTO learner (subject, username, display_name, email, created_at, last_login_at) VALUES ('bench-lead', 'bench-lead', 'Bench Lead', 'lead@example.com', {ts}, {ts});")
out.append(f"INSERT INTO cohort (id, name, group_path, created_at, created_by) VALUES (9001, 'bench-{learners}', NULL, {ts}, 'bench');")
out.append(f"INSERT INTO cohort_member (cohort_id, subject, username, role, source, joined_at, open_slot) VALUES (9001, 'bench-lead', 'bench-lead', 'LEAD', 'MANUAL', {ts}, '9001|LEAD|s:bench-lead');")
out.append(f"INSERT INTO cohort_assignment (id, cohort_id, course_id, kind, targets, lesson_rule, exam_required, schedule, start_date, assigned_by, assigned_at, updated_at, version) "
           f"VALUES (9001, 9001, 'k8s-internals', 'PATH', 'beginner', 'QUIZ_PASSED', FALSE, 'RELATIVE', DATE '2026-11-01', 'bench-lead', {ts}, {ts}, 0);")
token = 0
for i in range(learners):
    s = f"bench-{i:04d}"
    out.append(f"INSERT INTO learner (subject, username, display_name, email, created_at, last_login_at) VALUES ({q(s)}, {q(s)}, {q('学员 ' + str(i))}, {q(s + '@example.com')}, {ts}, {ts});")
    out.append(f"INSERT INTO cohort_member (cohort_id, subject, username, role, source, joined_at, open_slot) VALUES (9001, {q(s)}, {q(s)}, 'LEARNER', 'MANUAL', {ts}, {q('9001|LEARNER|s:' + s)});")
    done = random.randint(0, len(lessons))
    for n, (mod, slug) in enumerate(lessons[:done + 2]):
        day = 1 + min(28, n // 2)
        when = f"TIMESTAMP WITH TIME ZONE '2026-11-{day:02d} 10:00:00+00'"
        out.append(f"INSERT INTO lesson_visit (subject, course_id, module_id, lesson_slug, first_visited_at, last_visited_at) VALUES ({q(s)}, 'k8s-internals', {q(mod)}, {q(slug)}, {when}, {when});")
        if n < done:
            score = random.choice([60, 80, 90, 100])
            for attempt in range(1, 3 if score < 80 else 2):
                token += 1
                passed = 'TRUE' if (score >= 80 or attempt == 2) else 'FALSE'
                pct = score if attempt == 1 else 100
                out.append("INSERT INTO quiz_attempt (subject, course_id, quiz_id, content_hash, attempt_no, token, state, started_at, finished_at, max_points, score_points, score_percent, passed, late) "
                           f"VALUES ({q(s)}, 'k8s-internals', {q(mod + '.' + slug)}, 'bench', {attempt}, 'bench-{token}', 'FINISHED', {when}, {when}, 8, {pct * 8 / 100}, {pct}, {passed}, FALSE);")
            out.append(f"INSERT INTO lesson_completion (subject, course_id, module_id, lesson_slug, completed_at, source) VALUES ({q(s)}, 'k8s-internals', {q(mod)}, {q(slug)}, {when}, 'QUIZ');")
print("\n".join(out))
print(f"-- {learners} learners x {len(lessons)} items", file=sys.stderr)
