package dev.eventsim.simulator.persistence;

/**
 * The first record of a change log: which save of the state file the log continues, by the size
 * and CRC-32 of that file's bytes ({@code baseSize} -1: no state file yet). A log that continues
 * another save is not replayed over this one.
 */
public record LogHeader(int logVersion, long baseSize, long baseCrc) {
    public static final int LOG_VERSION = 1;

    static LogHeader of(byte[] stateFileBytes) {
        if (stateFileBytes == null) {
            return new LogHeader(LOG_VERSION, -1, 0);
        }
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(stateFileBytes);
        return new LogHeader(LOG_VERSION, stateFileBytes.length, crc.getValue());
    }
}
