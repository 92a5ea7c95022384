package io.newsevents.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/** Throw-away data directories for brokers and databases nobody gave a directory to. */
final class ScratchDirs {

    private ScratchDirs() {
    }

    /** {@code target/<prefix>-<random>} of the working directory, or under the temp directory without target/. */
    static Path next(String prefix) {
        Path target = Path.of(System.getProperty("user.dir"), "target");
        Path base = Files.isDirectory(target) ? target : Path.of(System.getProperty("java.io.tmpdir"));
        return base.resolve(prefix + "-" + UUID.randomUUID().toString().substring(0, 8));
    }
}
