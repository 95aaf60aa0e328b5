package org.credence.ui.export;

import java.util.Locale;
import java.util.Optional;

/** The file types a table exports to. */
public enum ExportFormat {
    CSV("csv", "text/csv; charset=UTF-8"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String extension;
    private final String contentType;

    ExportFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    /** The format named by its extension ({@code csv}, {@code xlsx}), any case. */
    public static Optional<ExportFormat> of(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (ExportFormat format : values()) {
            if (format.extension.equals(wanted)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
