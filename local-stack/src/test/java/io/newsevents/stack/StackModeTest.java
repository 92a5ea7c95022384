package io.newsevents.stack;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** Choosing the stack with {@code newsevents.stack} / {@code NEWSEVENTS_STACK}. */
class StackModeTest {

    @Test
    void embeddedUnlessContainersIsAskedFor() {
        assertThat(ContainerStack.parseStack(null, null)).isEqualTo("embedded");
        assertThat(ContainerStack.parseStack("", " ")).isEqualTo("embedded");
        assertThat(ContainerStack.parseStack(null, "containers")).isEqualTo("containers");
        assertThat(ContainerStack.parseStack(" Containers ", null)).isEqualTo("containers");
        // the system property wins over the environment variable
        assertThat(ContainerStack.parseStack("embedded", "containers")).isEqualTo("embedded");
    }

    @Test
    void anyOtherValueIsRefusedWithTheChoices() {
        assertThatThrownBy(() -> ContainerStack.parseStack("docker", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("newsevents.stack=docker")
                .hasMessageContaining("embedded")
                .hasMessageContaining("containers");
    }

    @Test
    void containersWithoutDockerFailAtOnceWithWhatToDo() {
        assumeFalse(ContainerStack.dockerAvailable(), "Docker is available here");
        long t0 = System.nanoTime();
        assertThatThrownBy(ContainerStack::startKafka)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("newsevents.stack=containers")
                .hasMessageContaining("no Docker environment is available");
        assertThatThrownBy(ContainerStack::startPostgres)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Start Docker");
        assertThat(System.nanoTime() - t0).as("fails fast").isLessThan(60_000_000_000L);
    }
}
