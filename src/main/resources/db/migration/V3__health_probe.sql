-- One row that readiness rewrites on every probe: "the database answers" is not enough, it must take writes
-- (including check constraints, which is where a half-closed embedded database failed before).
CREATE TABLE health_probe (
    id         INTEGER                  NOT NULL PRIMARY KEY,
    checked_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_health_probe_single CHECK (id = 1)
);

INSERT INTO health_probe (id, checked_at) VALUES (1, CURRENT_TIMESTAMP);
