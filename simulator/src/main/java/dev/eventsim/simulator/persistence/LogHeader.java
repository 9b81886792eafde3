package dev.eventsim.simulator.persistence;

/**
 * The first record of a change log: the layout of its records, and which save of the state file
 * the log continues, by the size and CRC-32 of that file's bytes ({@code baseSize} -1: no state
 * file yet). A log that continues another save is not replayed over this one. The records of log
 * version N carry partners as the state file's format version N does (version 1: events and
 * sessions beside the tables; read by moving them, {@link FormatVersion1}).
 */
public record LogHeader(int logVersion, long baseSize, long baseCrc) {
    public static final int LOG_VERSION = SimulatorImage.FORMAT_VERSION;

    /** Whether this log continues the save {@code base} names, whatever either's log version. */
    boolean continues(LogHeader base) {
        return baseSize == base.baseSize && baseCrc == base.baseCrc;
    }

    static LogHeader of(byte[] stateFileBytes) {
        if (stateFileBytes == null) {
            return new LogHeader(LOG_VERSION, -1, 0);
        }
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(stateFileBytes);
        return new LogHeader(LOG_VERSION, stateFileBytes.length, crc.getValue());
    }
}
