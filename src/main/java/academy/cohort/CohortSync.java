package academy.cohort;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import academy.account.InsertOnce;
import academy.account.Learner;
import io.quarkus.logging.Log;
import io.quarkus.oidc.SecurityEvent;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Reconciles cohort memberships with the identity provider's {@code groups} claim (full group paths).
 * A group {@code /onboarding/2026-q4} makes its members learners of that cohort; its subgroup
 * {@code /onboarding/2026-q4/leads} makes its members the cohort's leads. Joins add a membership row,
 * leaves close it (history is kept). Memberships an admin added in the app are never closed by a sync.
 * Runs at every sign-in (the login event) and, cheaply, whenever a page sees a token whose groups differ
 * from the last ones reconciled (so a change is never missed if the login event is still running).
 */
@ApplicationScoped
public class CohortSync {

    static final int RECONCILED_MAX = 100_000;

    /**
     * Subject → the groups hash this instance last saw stored for them (committed). Every signed-in cohort-aware page
     * calls {@link #ensureSynced}; with the token's groups unchanged it now costs no transaction. Groups that change in
     * a new token give a new hash, which is looked up and reconciled as before.
     */
    private final java.util.Map<String, String> reconciled = new java.util.concurrent.ConcurrentHashMap<>();


    @Inject
    CohortConfig config;

    void onLogin(@ObservesAsync SecurityEvent event) {
        if (event.getEventType() == SecurityEvent.Type.OIDC_LOGIN && event.getSecurityIdentity() != null) {
            try {
                ensureSynced(event.getSecurityIdentity());
            } catch (RuntimeException e) {
                Log.warnf(e, "Cohort sync at sign-in failed for %s; it is retried on the next page", event.getSecurityIdentity().getPrincipal().getName());
            }
        }
    }

    /** Reconciles when the identity's groups differ from those last reconciled; cheap otherwise (one lookup). */
    public void ensureSynced(SecurityIdentity identity) {
        if (!config.sync() || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return;
        }
        String subject = identity.getPrincipal().getName();
        Set<String> groups = groupsOf(jwt);
        String hash = hash(groups);
        if (hash.equals(reconciled.get(subject))) {
            return; // this instance reconciled (or found reconciled) exactly these groups: nothing to look up
        }
        String known = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> {
            Learner l = Learner.findById(subject);
            return l == null ? null : l.groupsHash;
        });
        if (!hash.equals(known)) {
            String username = Objects.requireNonNullElse(jwt.getClaim("preferred_username"), subject);
            reconcile(subject, username, groups, Instant.now());
            io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> Learner.update("groupsHash = ?1 where subject = ?2", hash, subject));
        }
        if (reconciled.size() >= RECONCILED_MAX) {
            reconciled.clear();
        }
        reconciled.put(subject, hash);
    }

    /** The full group paths of the token; an absent claim means "in no group" (Keycloak omits it then). */
    static Set<String> groupsOf(JsonWebToken jwt) {
        Set<String> out = new TreeSet<>();
        Object claim = jwt.getClaim("groups");
        if (claim instanceof Collection<?> c) {
            c.forEach(g -> out.add(unquote(String.valueOf(g))));
        } else if (claim instanceof jakarta.json.JsonArray a) {
            a.forEach(v -> out.add(unquote(v.toString())));
        } else if (claim != null) {
            out.add(unquote(claim.toString()));
        }
        return out;
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    /**
     * Makes the learner's open GROUP memberships exactly those the groups claim implies, and attaches
     * memberships an admin added by username before this person's first sign-in.
     */
    public void reconcile(String subject, String username, Set<String> groups, Instant now) {
        Map<String, CohortMember.Role> wanted = wanted(groups);
        InsertOnce.run(() -> {
            // members added by username before they ever signed in
            List<CohortMember> pending = CohortMember.list("subject is null and lower(username) = ?1 and leftAt is null",
                    username.toLowerCase(java.util.Locale.ROOT));
            for (CohortMember p : pending) {
                p.subject = subject;
                p.openSlot = CohortMember.slot(p.cohortId, p.role, subject, username);
            }
            Map<Long, String> pathsById = new LinkedHashMap<>();
            for (String path : wanted.keySet()) {
                Cohort cohort = Cohort.<Cohort>find("groupPath", path).firstResult();
                if (cohort == null) {
                    cohort = new Cohort();
                    cohort.groupPath = path;
                    cohort.name = path.substring(path.lastIndexOf('/') + 1);
                    cohort.createdAt = now;
                    cohort.createdBy = "groups claim";
                    cohort.persistAndFlush();
                    Log.infof("Cohort %s created from group %s", cohort.id, path);
                }
                pathsById.put(cohort.id, path);
            }
            // leave the synced cohorts whose group is no longer in the claim
            List<CohortMember> open = CohortMember.list("subject = ?1 and leftAt is null", subject);
            for (CohortMember m : open) {
                if (m.source != CohortMember.Source.GROUP) {
                    continue;
                }
                String path = pathsById.get(m.cohortId);
                if (path == null || wanted.get(path) != m.role) {
                    m.leave(now);
                }
            }
            CohortMember.flush();
            // join the ones newly in the claim
            for (Map.Entry<Long, String> e : pathsById.entrySet()) {
                CohortMember.Role role = wanted.get(e.getValue());
                boolean member = open.stream().anyMatch(m -> m.open() && m.cohortId.equals(e.getKey()) && m.role == role)
                        || pending.stream().anyMatch(m -> m.cohortId.equals(e.getKey()) && m.role == role);
                if (!member) {
                    CohortMember m = new CohortMember();
                    m.cohortId = e.getKey();
                    m.subject = subject;
                    m.username = username;
                    m.role = role;
                    m.source = CohortMember.Source.GROUP;
                    m.joinedAt = now;
                    m.openSlot = CohortMember.slot(m.cohortId, role, subject, username);
                    m.persist();
                }
            }
            CohortMember.flush();
            return true;
        });
    }

    /** Cohort group path → the role the claim gives in it (lead wins when someone is in both). */
    Map<String, CohortMember.Role> wanted(Set<String> groups) {
        Map<String, CohortMember.Role> wanted = new LinkedHashMap<>();
        String leads = "/" + config.leadSubgroup();
        for (String g : groups) {
            String path = g.startsWith("/") ? g : "/" + g;
            if (!config.groupPrefix().isEmpty() && !path.startsWith(config.groupPrefix())) {
                continue;
            }
            if (path.endsWith(leads) && path.length() > leads.length()) {
                String cohort = path.substring(0, path.length() - leads.length());
                if (config.groupPrefix().isEmpty() || cohort.startsWith(config.groupPrefix())) {
                    wanted.put(cohort, CohortMember.Role.LEAD);
                }
            } else {
                wanted.putIfAbsent(path, CohortMember.Role.LEARNER);
            }
        }
        return wanted;
    }

    static String hash(Set<String> groups) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(String.join("\n", groups).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
