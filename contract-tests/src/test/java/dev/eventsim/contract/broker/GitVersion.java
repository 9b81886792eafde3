package dev.eventsim.contract.broker;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The version a Pact Broker is told: the full commit id of the working tree, and only of a clean
 * one. A version names one build of the code; a tree with changes not committed is no build anyone
 * can check out again, so a pact or a verification result from it would be recorded under a commit
 * that does not hold what was tested. Pact's own advice is the same: publish from CI, with the
 * commit as the version. Untracked files count (a new source file changes the build); files git
 * ignores (target/) do not.
 */
public final class GitVersion {
    private GitVersion() {
    }

    /**
     * The commit id of the clean working tree at {@code dir}; throws, naming the changed files,
     * when the tree is dirty or {@code dir} is not in a git clone.
     */
    public static String of(Path dir) {
        String commit = git(dir, "rev-parse", "HEAD");
        String changes = git(dir, "status", "--porcelain");
        if (!changes.isEmpty()) {
            List<String> files = changes.lines().limit(5).map(String::strip).toList();
            throw new IllegalStateException("the working tree " + dir.toAbsolutePath().normalize() + " has changes"
                    + " not committed (" + String.join(", ", files) + (changes.lines().count() > 5 ? ", ..." : "")
                    + "): a version must name a commit that holds what was tested; commit them, or give the version"
                    + " explicitly");
        }
        return commit;
    }

    /** The current branch, or null on a detached head or outside a clone. */
    public static String branch(Path dir) {
        try {
            String branch = git(dir, "rev-parse", "--abbrev-ref", "HEAD");
            return branch.equals("HEAD") ? null : branch;
        } catch (IllegalStateException e) {
            return null;
        }
    }

    private static String git(Path dir, String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(args));
        try {
            Process git = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!git.waitFor(10, TimeUnit.SECONDS) || git.exitValue() != 0) {
                throw new IllegalStateException("no version from git in " + dir + ": `" + String.join(" ", command)
                        + "` answered: " + out);
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("no version from git in " + dir + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking git for the version", e);
        }
    }
}
