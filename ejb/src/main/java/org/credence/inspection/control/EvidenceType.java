package org.credence.inspection.control;

import java.util.Arrays;
import java.util.Locale;

/**
 * The evidence files an inspection result accepts: photos (JPEG, PNG) and PDF documents, recognised
 * by their first bytes as well as by their declared type, so a renamed executable is refused.
 */
public enum EvidenceType {
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'});

    private final String mediaType;
    private final byte[] signature;

    EvidenceType(String mediaType, byte[] signature) {
        this.mediaType = mediaType;
        this.signature = signature;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The type declared by a Content-Type header (parameters ignored), or null when it is not accepted. */
    public static EvidenceType declared(String contentType) {
        if (contentType == null) {
            return null;
        }
        String bare = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        for (EvidenceType t : values()) {
            if (t.mediaType.equals(bare)) {
                return t;
            }
        }
        return null;
    }

    /** Whether the content starts the way files of this type do. */
    public boolean matches(byte[] content) {
        return content.length >= signature.length
                && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
    }

    public static String accepted() {
        return String.join(
                ", ", Arrays.stream(values()).map(EvidenceType::mediaType).toList());
    }
}
