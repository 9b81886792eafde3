package dev.eventsim.load.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Asks a server's JVM for a full GC, so that the heap figure that follows counts live data only. */
final class Jcmd {
    private Jcmd() {
    }

    static void gc(long pid) {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        try {
            Process process = new ProcessBuilder(jcmd, String.valueOf(pid), "GC.run")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("jcmd " + pid + " GC.run failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + jcmd + " (a JDK is needed, not a JRE)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
