package io.newsevents.e2e.browser;

import io.newsevents.stack.Pipeline;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * One whole pipeline (embedded Kafka and PostgreSQL, the four services as processes on free ports) for every test
 * class of the run that asks for it, instead of one per class: on two cores a second start costs a minute or more.
 * <p>
 * Use: {@code @ExtendWith(SharedPipeline.class)} on the class and a {@link Handle} parameter on a {@code @BeforeAll}
 * (or test) method; {@link Handle#pipeline()} starts the pipeline on its first call in the run (so a class can check
 * its own assumptions first and skip without starting anything) and returns the same instance afterwards. The handle
 * lives in JUnit's root store, which closes it (services, Kafka, PostgreSQL; then deletes the app snapshot and the
 * throw-away data, keeping {@code target/e2e-<id>/logs}) when the whole run ends. Test classes sharing it run one after
 * the other (failsafe's default), so each must only assert on data it wrote itself.
 */
public final class SharedPipeline implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedPipeline.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Handle.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent(Handle.class, k -> new Handle(), Handle.class);
    }

    /** The lazily started pipeline of this run. */
    public static final class Handle implements AutoCloseable {
        private Pipeline pipeline;
        private Path dataDir;
        private RuntimeException failed;

        /** Starts the pipeline on the first call (a start that failed is not retried: the same error again). */
        public synchronized Pipeline pipeline() {
            if (failed != null) {
                throw failed;
            }
            if (pipeline == null) {
                try {
                    pipeline = start();
                } catch (RuntimeException e) {
                    failed = e;
                    System.err.println("\n##### the pipeline did not start; logs under " + dataDir);
                    throw e;
                }
            }
            return pipeline;
        }

        private Pipeline start() {
            Path root = Path.of(System.getProperty("e2e.root", "..")).toAbsolutePath().normalize();
            dataDir = Path.of("target", "e2e-" + UUID.randomUUID().toString().substring(0, 8)).toAbsolutePath();
            // Pipeline checks the services are built and runs them from hard-linked snapshots under dataDir/apps
            Pipeline.Config config = Pipeline.config(root)
                    .dataDir(dataDir)
                    .kafkaPort(0)
                    .postgresPort(0)
                    .freePorts()
                    .readyTimeout(Duration.ofSeconds(240))
                    .stopTimeout(Duration.ofSeconds(20));
            // Pipeline.start registers its own shutdown hook, so a killed test JVM still stops the processes
            return Pipeline.start(config);
        }

        /** The last lines of every service log, for a failure message. */
        public synchronized String logTails(int lines) {
            return pipeline == null ? "(no pipeline)" : pipeline.logTails(lines);
        }

        @Override
        public synchronized void close() throws IOException {
            if (pipeline != null) {
                pipeline.close();
                pipeline = null;
            }
            if (dataDir != null) {
                for (String throwAway : new String[] {"apps", "kafka", "postgres"}) {
                    deleteTree(dataDir.resolve(throwAway));
                }
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
