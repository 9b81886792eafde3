package dev.eventsim.simulator.persistence;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;

/**
 * How the change log frames its records: a 4-byte length, the CRC-32 of the payload (4 bytes),
 * then the payload (JSON). Reading tells a record torn by a crash — the file's last one, cut
 * short or not yet all on disk — from damage in the middle: the first is dropped, the second
 * refused.
 */
final class LogFrames {
    static final int HEADER_BYTES = 8;
    /** Far more than any partner's data: a larger length can only be damage or a torn write. */
    static final int MAX_PAYLOAD = Integer.MAX_VALUE - 64;

    private LogFrames() {
    }

    static ByteBuffer frame(byte[] payload) {
        ByteBuffer frame = ByteBuffer.allocate(HEADER_BYTES + payload.length);
        frame.putInt(payload.length).putInt((int) crc(payload)).put(payload).flip();
        return frame;
    }

    /** The records of a log file's bytes, and how many bytes at its end a crash tore (0: none). */
    record Read(List<byte[]> payloads, int tornBytes) {
    }

    /** Thrown for a record that is damaged but not the torn end of the file; {@code offset} is where it starts. */
    static final class Damaged extends Exception {
        private static final long serialVersionUID = 1L;
        final int record;
        final long offset;

        Damaged(int record, long offset, String problem) {
            super(problem);
            this.record = record;
            this.offset = offset;
        }
    }

    static Read read(byte[] bytes) throws Damaged {
        List<byte[]> payloads = new ArrayList<>();
        ByteBuffer in = ByteBuffer.wrap(bytes);
        while (in.hasRemaining()) {
            int start = in.position();
            if (in.remaining() < HEADER_BYTES || allZero(bytes, start)) {
                return new Read(payloads, bytes.length - start);
            }
            int length = in.getInt();
            int crc = in.getInt();
            if (length <= 0 || length > in.remaining()) {
                return new Read(payloads, bytes.length - start); // announces more than was written
            }
            byte[] payload = Arrays.copyOfRange(bytes, in.position(), in.position() + length);
            in.position(in.position() + length);
            if ((int) crc(payload) != crc) {
                if (!in.hasRemaining()) {
                    return new Read(payloads, bytes.length - start); // the last record, not all on disk
                }
                throw new Damaged(payloads.size() + 1, start, "fails its checksum");
            }
            payloads.add(payload);
        }
        return new Read(payloads, 0);
    }

    /** What a file extended by a crash before its data reached the disk holds: zeros to the end. */
    private static boolean allZero(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static long crc(byte[] payload) {
        CRC32 crc = new CRC32();
        crc.update(payload);
        return crc.getValue();
    }
}
