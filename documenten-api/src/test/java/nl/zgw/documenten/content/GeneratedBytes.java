package nl.zgw.documenten.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A document's bytes made up from a seed: byte {@code i} is a function of (seed, i), so any range can be produced
 * again for comparison, and a stream of gigabytes never sits in memory.
 */
public final class GeneratedBytes extends InputStream {

    private final long seed;
    private final long end;
    private long position;

    public GeneratedBytes(long seed, long offset, long length) {
        this.seed = seed;
        this.position = offset;
        this.end = offset + length;
    }

    public GeneratedBytes(long seed, long length) {
        this(seed, 0, length);
    }

    public static byte at(long seed, long index) {
        return (byte) (word(seed, index >>> 3) >>> ((index & 7) * 8));
    }

    /** Bytes 8w..8w+7 (splitmix64 of the seed and the word's number). */
    private static long word(long seed, long w) {
        long z = seed * 0x9E3779B97F4A7C15L + w;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Bytes {@code offset..offset+length} of the document with this seed. */
    public static byte[] slice(long seed, long offset, int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = at(seed, offset + i);
        }
        return bytes;
    }

    /** The hex SHA-256 of the whole document, computed by streaming it. */
    public static String sha256(long seed, long length) {
        try (InputStream in = new GeneratedBytes(seed, length)) {
            return sha256(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String sha256(InputStream in) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] buffer = new byte[64 * 1024];
        for (int read; (read = in.read(buffer)) > 0; ) {
            sha.update(buffer, 0, read);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    @Override
    public int read() {
        return position < end ? at(seed, position++) & 0xff : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (len == 0) {
            return 0;
        }
        if (position >= end) {
            return -1;
        }
        int count = (int) Math.min(len, end - position);
        int i = 0;
        while (i < count) {
            long w = position >>> 3;
            long z = word(seed, w);
            for (int shift = (int) (position & 7); shift < 8 && i < count; shift++) {
                b[off + i++] = (byte) (z >>> (shift * 8));
                position++;
            }
        }
        return count;
    }
}
