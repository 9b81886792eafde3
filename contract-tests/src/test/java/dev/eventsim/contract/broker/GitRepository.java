package dev.eventsim.contract.broker;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A throw-away git repository for the tests of versions: its own user, no global configuration needed. */
public final class GitRepository {
    private final Path dir;

    private GitRepository(Path dir) {
        this.dir = dir;
    }

    public static GitRepository init(Path dir) {
        GitRepository repository = new GitRepository(dir);
        repository.git("init", "-q", "-b", "main");
        return repository;
    }

    /** Writes README.md and commits it; returns the commit id. */
    public String commit(String text) {
        try {
            Files.writeString(dir.resolve("README.md"), text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        git("add", "README.md");
        git("-c", "user.name=Contract tests", "-c", "user.email=tests@contract-tests.example",
                "-c", "commit.gpgsign=false", "commit", "-q", "-m", text);
        return git("rev-parse", "HEAD");
    }

    private String git(String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(args));
        try {
            Process git = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (git.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + ": " + out);
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
