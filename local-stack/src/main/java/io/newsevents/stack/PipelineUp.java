package io.newsevents.stack;

import io.newsevents.stack.Pipeline.Service;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./pipeline up}: starts the whole system on this machine, prints where everything is, and stops it all
 * on Ctrl-C or SIGTERM. Configuration comes from environment variables (see {@link #usage()}).
 */
public final class PipelineUp {

    private PipelineUp() {
    }

    public static void main(String[] args) {
        List<String> argList = Arrays.asList(args);
        if (argList.contains("--help") || argList.contains("-h")) {
            System.out.println(usage());
            return;
        }
        Map<String, String> env = System.getenv();
        Pipeline.Config config;
        try {
            config = configure(Path.of("").toAbsolutePath(), env, argList);
        } catch (IllegalArgumentException e) {
            System.err.println("pipeline up: " + e.getMessage());
            System.exit(2);
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Pipeline[] holder = new Pipeline[1];
        Thread hook = new Thread(() -> {
            System.out.println("\nstopping: services, then Kafka, then PostgreSQL ...");
            synchronized (holder) {
                if (holder[0] != null) {
                    try {
                        holder[0].close();
                    } catch (RuntimeException e) {
                        System.err.println("while stopping: " + e);
                    }
                }
            }
            System.out.println("stopped.");
            stopped.countDown();
        }, "pipeline-stop");
        Runtime.getRuntime().addShutdownHook(hook);

        System.out.println("starting " + (config.externalKafkaOrNull() == null ? "embedded Kafka, " : "")
                + (config.externalDbOrNull() == null ? "embedded PostgreSQL, " : "")
                + "then the services (data and logs under " + config.dataDir() + ") ...");
        Pipeline pipeline;
        try {
            pipeline = Pipeline.start(config);
        } catch (RuntimeException e) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException exiting) {
                // stopped by a signal while starting: Pipeline's own shutdown hook stops what was started
                System.err.println("stopped while starting.");
                return;
            }
            System.err.println("\npipeline up FAILED: " + e.getMessage());
            System.exit(1);
            return;
        }
        synchronized (holder) {
            holder[0] = pipeline;
        }
        System.out.println(banner(pipeline));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static Pipeline.Config configure(Path root, Map<String, String> env, List<String> args) {
        Pipeline.Config c = Pipeline.config(root);
        if (env.containsKey("PIPELINE_DATA_DIR")) {
            c.dataDir(root.resolve(env.get("PIPELINE_DATA_DIR")));
        }
        c.kafkaPort(intEnv(env, "PIPELINE_KAFKA_PORT", 19092));
        c.postgresPort(intEnv(env, "PIPELINE_PG_PORT", 15432));
        c.externalKafka(env.get("KAFKA_BOOTSTRAP_SERVERS"));
        c.externalDatabase(env.get("DB_URL"), env.get("DB_USER"), env.get("DB_PASSWORD"));
        for (Service s : Service.values()) {
            c.port(s, intEnv(env, s.name() + "_PORT", s.defaultPort()));
        }
        c.readyTimeout(Duration.ofSeconds(intEnv(env, "PIPELINE_READY_TIMEOUT", 180)));
        if (env.containsKey("PIPELINE_JAVA_OPTS")) {
            c.javaOptions(Arrays.asList(env.get("PIPELINE_JAVA_OPTS").trim().split("\\s+")));
        }
        if (args.contains("--no-services")) {
            c.startServices(false);
        }
        return c;
    }

    private static int intEnv(Map<String, String> env, String name, int dflt) {
        String v = env.get(name);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            int port = Integer.parseInt(v.trim());
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + "=" + v + " is not a valid number");
        }
    }

    static String banner(Pipeline p) {
        StringBuilder sb = new StringBuilder("\n=== the pipeline is up ===\n");
        if (p.service(Service.INGEST) != null) {
            String ingest = p.url(Service.INGEST);
            String api = p.url(Service.API);
            sb.append("  ingest articles  POST ").append(ingest).append("/articles\n");
            sb.append("  query API        ").append(api).append("  (GET /deals /exercises /recognitions /actors/{iso3} /articles/{id}/events)\n");
            sb.append("  Swagger UI       ").append(api).append("/q/swagger-ui\n");
            sb.append("  dashboard        ").append(api).append("/\n");
            for (Service s : Service.values()) {
                sb.append(String.format("  %-16s %s  (health %s/q/health, metrics %s/q/metrics, log %s)%n",
                        s.module(), p.url(s), p.url(s), p.url(s), p.service(s).log()));
            }
        } else {
            sb.append("  (services not started: --no-services)\n");
        }
        sb.append("  Kafka bootstrap  ").append(p.bootstrapServers()).append(p.embeddedKafka() ? "  (embedded)" : "  (external)").append('\n');
        sb.append("  PostgreSQL       ").append(p.jdbcUrl()).append("  user ").append(p.dbUser())
                .append(p.embeddedPostgres() ? "  (embedded)" : "  (external)").append('\n');
        if (p.service(Service.INGEST) != null) {
            sb.append("\ntry:  curl -s -X POST ").append(p.url(Service.INGEST))
                    .append("/articles -H 'Content-Type: application/json' -d '{\"text\": \"...\"}'\n");
        }
        sb.append("      ./pipeline consume events.deal-signed --from-beginning\n");
        sb.append("\nCtrl-C stops everything.");
        return sb.toString();
    }

    static String usage() {
        return String.join("\n",
                "usage: ./pipeline up [--build] [--no-services]",
                "",
                "Starts embedded Kafka (KRaft) and PostgreSQL, then the four services, waits until all are ready,",
                "prints the URLs and runs until Ctrl-C or SIGTERM, then stops everything.",
                "",
                "environment:",
                "  PIPELINE_KAFKA_PORT      embedded Kafka port                       (19092)",
                "  PIPELINE_PG_PORT         embedded PostgreSQL port                  (15432)",
                "  API_PORT INGEST_PORT EXTRACT_PORT STORE_PORT   HTTP ports  (8080 8081 8082 8083)",
                "  KAFKA_BOOTSTRAP_SERVERS  use this Kafka instead of the embedded one",
                "  DB_URL DB_USER DB_PASSWORD  use this PostgreSQL (JDBC URL) instead of the embedded one",
                "  PIPELINE_DATA_DIR        data and logs                              (.pipeline)",
                "  PIPELINE_READY_TIMEOUT   seconds to wait for the services            (180)",
                "  PIPELINE_JAVA_OPTS       JVM options of the services  (-Xmx384m -XX:+UseSerialGC)");
    }
}
