package io.newsevents.store.service;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** Plain JDBC transactions: one connection, autocommit off, commit or roll back. */
final class Transactions {

    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private Transactions() {
    }

    static <T> T inTransaction(DataSource dataSource, Work<T> work) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                try {
                    c.rollback();
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }
}
