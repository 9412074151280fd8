#!/usr/bin/env python3
"""Writes SQL that seeds one learner, 'bench-me', who has finished every lesson of the shipped course: a visit,
a passed lesson quiz attempt and a completion for each lesson, and every module mastered (for the /me benchmark).

Usage: seed_me.py <courses-dir> > seed.sql   (prints the number of lessons on stderr)
"""
import os, re, sys

courses = sys.argv[1]
root = os.path.join(courses, 'k8s-internals')
lessons = []
modules = sorted(d for d in os.listdir(root) if os.path.isfile(os.path.join(root, d, 'module.yaml')))
for mod in modules:
    for f in sorted(os.listdir(os.path.join(root, mod))):
        m = re.match(r'\d\d-(.+)\.md$', f)
        if m:
            lessons.append((mod, m.group(1)))

def q(s):
    return "'" + s.replace("'", "''") + "'"

s = 'bench-me'
ts = "TIMESTAMP WITH TIME ZONE '2026-11-01 08:00:00+00'"
out = [f"INSERT INTO learner (subject, username, display_name, email, created_at, last_login_at) VALUES ({q(s)}, {q(s)}, 'Bench Me', 'me@example.com', {ts}, {ts});"]
for n, (mod, slug) in enumerate(lessons):
    when = f"TIMESTAMP WITH TIME ZONE '2026-11-{1 + n % 28:02d} {8 + n % 12:02d}:00:00+00'"
    out.append(f"INSERT INTO lesson_visit (subject, course_id, module_id, lesson_slug, first_visited_at, last_visited_at) VALUES ({q(s)}, 'k8s-internals', {q(mod)}, {q(slug)}, {when}, {when});")
    out.append("INSERT INTO quiz_attempt (subject, course_id, quiz_id, content_hash, attempt_no, token, state, started_at, finished_at, max_points, score_points, score_percent, passed, late) "
               f"VALUES ({q(s)}, 'k8s-internals', {q(mod + '.' + slug)}, 'bench', 1, {q('bench-me-' + str(n))}, 'FINISHED', {when}, {when}, 8, 8, 100, TRUE, FALSE);")
    out.append(f"INSERT INTO lesson_completion (subject, course_id, module_id, lesson_slug, completed_at, source) VALUES ({q(s)}, 'k8s-internals', {q(mod)}, {q(slug)}, {when}, 'QUIZ');")
for mod in modules:
    out.append(f"INSERT INTO module_mastery (subject, course_id, module_id, mastered_at, score_percent) VALUES ({q(s)}, 'k8s-internals', {q(mod)}, {ts}, 100);")
print("\n".join(out))
print(len(lessons), file=sys.stderr)
