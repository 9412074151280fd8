package academy.account;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import javax.sql.DataSource;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;
import io.quarkus.oidc.AuthorizationCodeTokens;
import io.quarkus.oidc.OidcRequestContext;
import io.quarkus.oidc.OidcTenantConfig;
import io.quarkus.oidc.TokenStateManager;
import io.quarkus.security.AuthenticationFailedException;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Server-side browser sessions: the tokens stay in the database, the (encrypted) session cookie
 * carries only a random row id. Deleting the row ends the session everywhere, which the default
 * cookie-only state cannot do: a cookie copied before sign-out would stay valid until its tokens
 * expire. Rows of one Keycloak login ({@code sid}) are replaced together on token refresh, so an
 * older cookie of the same login dies too. Works unchanged with several app instances.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class DatabaseTokenStateManager implements TokenStateManager {

    /** Same as quarkus.oidc.authentication.session-age-extension: the window for refreshing expired tokens. */
    static final Duration EXTENSION = Duration.ofMinutes(30);

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper json;

    private final SecureRandom random = new SecureRandom();

    @Override
    public Uni<String> createTokenState(RoutingContext routingContext, OidcTenantConfig oidcConfig,
            AuthorizationCodeTokens tokens, OidcRequestContext<String> requestContext) {
        return requestContext.runBlocking(() -> store(tokens));
    }

    @Override
    public Uni<AuthorizationCodeTokens> getTokens(RoutingContext routingContext, OidcTenantConfig oidcConfig, String tokenState,
            OidcRequestContext<AuthorizationCodeTokens> requestContext) {
        return requestContext.runBlocking(() -> load(tokenState));
    }

    @Override
    public Uni<Void> deleteTokens(RoutingContext routingContext, OidcTenantConfig oidcConfig, String tokenState,
            OidcRequestContext<Void> requestContext) {
        return requestContext.runBlocking(() -> {
            delete(tokenState);
            return null;
        });
    }

    String store(AuthorizationCodeTokens tokens) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        JsonNode claims = claims(tokens.getIdToken());
        String login = text(claims, "sid");
        Instant now = Instant.now();
        Instant idExpiry = claims.hasNonNull("exp") ? Instant.ofEpochSecond(claims.get("exp").asLong()) : now.plus(Duration.ofHours(1));
        Instant expires = idExpiry.plus(EXTENSION);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement purge = c.prepareStatement("DELETE FROM oidc_session WHERE expires_at < ?")) {
                    purge.setTimestamp(1, Timestamp.from(now));
                    purge.executeUpdate();
                }
                if (login != null) {
                    // a refresh of the same login replaces its earlier row: an older cookie stops working
                    try (PreparedStatement old = c.prepareStatement("DELETE FROM oidc_session WHERE login_session = ?")) {
                        old.setString(1, login);
                        old.executeUpdate();
                    }
                }
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO oidc_session (id, login_session, subject, id_token,"
                        + " access_token, refresh_token, access_expires_in, access_scope, created_at, expires_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    insert.setString(1, id);
                    insert.setString(2, login);
                    insert.setString(3, text(claims, "sub"));
                    insert.setString(4, tokens.getIdToken());
                    insert.setString(5, tokens.getAccessToken());
                    insert.setString(6, tokens.getRefreshToken());
                    if (tokens.getAccessTokenExpiresIn() == null) {
                        insert.setNull(7, Types.BIGINT);
                    } else {
                        insert.setLong(7, tokens.getAccessTokenExpiresIn());
                    }
                    insert.setString(8, tokens.getAccessTokenScope());
                    insert.setTimestamp(9, Timestamp.from(now));
                    insert.setTimestamp(10, Timestamp.from(expires));
                    insert.executeUpdate();
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not store the sign-in session", e);
        }
        return id;
    }

    AuthorizationCodeTokens load(String id) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement("SELECT id_token, access_token, refresh_token, access_expires_in,"
                        + " access_scope FROM oidc_session WHERE id = ? AND expires_at >= ?")) {
            select.setString(1, id);
            select.setTimestamp(2, Timestamp.from(Instant.now()));
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    // signed out, expired or never issued: the OIDC layer treats the browser as signed out
                    throw new AuthenticationFailedException("the sign-in session has ended");
                }
                long expiresIn = rs.getLong(4);
                return new AuthorizationCodeTokens(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.wasNull() ? null : expiresIn, rs.getString(5));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the sign-in session", e);
        }
    }

    void delete(String id) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            String login = null;
            try (PreparedStatement find = c.prepareStatement("SELECT login_session FROM oidc_session WHERE id = ?")) {
                find.setString(1, id);
                try (ResultSet rs = find.executeQuery()) {
                    if (rs.next()) {
                        login = rs.getString(1);
                    }
                }
            }
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM oidc_session WHERE id = ? OR (login_session IS NOT NULL AND login_session = ?)")) {
                delete.setString(1, id);
                delete.setString(2, login);
                delete.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            Log.warnf("Could not delete a sign-in session: %s", e.getMessage());
            throw new IllegalStateException("could not end the sign-in session", e);
        }
    }

    private JsonNode claims(String jwt) {
        try {
            String[] parts = jwt == null ? new String[0] : jwt.split("\\.");
            if (parts.length < 2) {
                return json.createObjectNode();
            }
            return json.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        } catch (Exception e) {
            return json.createObjectNode();
        }
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }
}
