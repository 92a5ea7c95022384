package io.newsevents.store.kafka;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which database failures the consumer waits out (retry) and which make the record a dead letter. */
class TransientFailureTest {

    @Test
    void connectionLossDeadlocksAndShutdownAreRetried() {
        assertThat(StoreConsumer.transientFailure(new SQLException("refused", "08001"))).isTrue();
        assertThat(StoreConsumer.transientFailure(new SQLException("deadlock", "40P01"))).isTrue();
        assertThat(StoreConsumer.transientFailure(new SQLException("too many connections", "53300"))).isTrue();
        assertThat(StoreConsumer.transientFailure(new SQLException("admin shutdown", "57P01"))).isTrue();
        assertThat(StoreConsumer.transientFailure(new SQLException("pool timeout"))).isTrue();
    }

    @Test
    void dataErrorsAreNot() {
        assertThat(StoreConsumer.transientFailure(new SQLException("value too long", "22001"))).isFalse();
        assertThat(StoreConsumer.transientFailure(new SQLException("null value", "23502"))).isFalse();
    }
}
