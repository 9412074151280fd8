-- Browser sessions (issue 9): the OIDC tokens of a signed-in browser live here, the session cookie only
-- names the row. Sign-out deletes the row, so a copied cookie is dead at once, on every app instance.
CREATE TABLE oidc_session (
    id            VARCHAR(64)              NOT NULL PRIMARY KEY,
    login_session VARCHAR(255),
    subject       VARCHAR(255),
    id_token      VARCHAR(16384)           NOT NULL,
    access_token  VARCHAR(16384),
    refresh_token VARCHAR(16384),
    access_expires_in BIGINT,
    access_scope  VARCHAR(1000),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX ix_oidc_session_login ON oidc_session (login_session);
CREATE INDEX ix_oidc_session_expiry ON oidc_session (expires_at);
