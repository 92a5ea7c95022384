package io.newsevents.store.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.TreeSet;

/**
 * PostgreSQL advisory locks held until the transaction ends. Every writing transaction takes, in this order: the
 * global lock (shared; a rebuild takes it exclusively), the article lock, then the fact-group locks in sorted order.
 * The fixed order rules out deadlocks; the locks make concurrent consumers (several store instances, or a rebuild
 * next to the live consumer) serialise on what they share.
 */
public final class Locks {

    private static final long GLOBAL = 0x4E45_5753_0000_0001L;

    private Locks() {
    }

    public static void globalShared(Connection c) throws SQLException {
        call(c, "SELECT pg_advisory_xact_lock_shared(?)", GLOBAL);
    }

    public static void globalExclusive(Connection c) throws SQLException {
        call(c, "SELECT pg_advisory_xact_lock(?)", GLOBAL);
    }

    public static void article(Connection c, String articleId) throws SQLException {
        key(c, "article\u001f" + articleId);
    }

    public static void groups(Connection c, Collection<String> groupKeys) throws SQLException {
        for (String group : new TreeSet<>(groupKeys)) {
            key(c, "group\u001f" + group);
        }
    }

    private static void key(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))")) {
            ps.setString(1, key);
            ps.execute();
        }
    }

    private static void call(Connection c, String sql, long value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, value);
            ps.execute();
        }
    }
}
