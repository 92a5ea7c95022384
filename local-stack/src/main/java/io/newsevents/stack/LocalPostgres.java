package io.newsevents.stack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * A real PostgreSQL server (the embedded binaries of io.zonky) running as a child process.
 * <p>
 * It owns a database {@value #DATABASE} owned by the login role {@value #USER} (password {@value #PASSWORD}).
 * The cluster lives in {@code dataDir/pgdata}: it is created on first start and reused afterwards, so a
 * persistent directory keeps the data across restarts.
 */
public final class LocalPostgres implements AutoCloseable {

    public static final String DATABASE = "newsevents";
    public static final String USER = "newsevents";
    public static final String PASSWORD = "newsevents";

    private final EmbeddedPostgres postgres;
    private final int port;
    private boolean closed;

    private LocalPostgres(EmbeddedPostgres postgres) {
        this.postgres = postgres;
        this.port = postgres.getPort();
    }

    /**
     * Starts the server.
     *
     * @param dataDir where the cluster lives (created if missing); {@code null}: a new directory under
     *                {@code target/} (or the temp directory when there is no {@code target/})
     * @param port    the port, {@code 0} for a free one
     */
    public static LocalPostgres start(Path dataDir, int port) {
        Path dir = (dataDir == null ? ScratchDirs.next("local-postgres") : dataDir).toAbsolutePath();
        EmbeddedPostgres pg;
        try {
            Files.createDirectories(dir);
            pg = EmbeddedPostgres.builder()
                    .setDataDirectory(dir.resolve("pgdata"))
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false) // the owner closes it, in order (after the services)
                    .setPort(port == 0 ? Ports.free() : port)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("unix_socket_directories", "")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start PostgreSQL in " + dir, e);
        }
        LocalPostgres local = new LocalPostgres(pg);
        try {
            local.ensureDatabase();
        } catch (RuntimeException e) {
            local.close();
            throw e;
        }
        return local;
    }

    private void ensureDatabase() {
        String admin = "jdbc:postgresql://localhost:" + port + "/postgres";
        try (Connection c = DriverManager.getConnection(admin, "postgres", "postgres");
             Statement st = c.createStatement()) {
            if (!exists(c, "SELECT 1 FROM pg_roles WHERE rolname = ?", USER)) {
                st.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
            }
            if (!exists(c, "SELECT 1 FROM pg_database WHERE datname = ?", DATABASE)) {
                st.execute("CREATE DATABASE " + DATABASE + " OWNER " + USER);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + DATABASE + " on port " + port, e);
        }
    }

    private static boolean exists(Connection c, String sql, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** {@code jdbc:postgresql://localhost:<port>/newsevents}. */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
    }

    public String username() {
        return USER;
    }

    public String password() {
        return PASSWORD;
    }

    public int port() {
        return port;
    }

    /** A new connection to the {@value #DATABASE} database as {@value #USER}; the caller closes it. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), USER, PASSWORD);
    }

    /** Stops the server (fast shutdown) and waits for it; calling it again does nothing. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stop PostgreSQL on port " + port, e);
        }
    }
}
