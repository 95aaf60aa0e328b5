package org.credence.ui.inspection;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.credence.inspection.entity.StoredTarget;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** A draw's targets in ordinal order, a page at a time from the database, for a table. */
public final class DrawTargets extends LazyDataModel<StoredTarget> {

    private static final long serialVersionUID = 1L;

    /** Reads targets of a draw: the public's or staff's service. */
    @FunctionalInterface
    public interface Reader extends Serializable {
        List<StoredTarget> read(String key, int offset, int limit);
    }

    private final Reader reader;
    private String key;
    private int count;

    public DrawTargets(Reader reader) {
        this.reader = reader;
    }

    /** The draw to show and how many targets it has (from its published figures). */
    public void show(String drawKey, int targets) {
        key = drawKey;
        count = targets;
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return count;
    }

    @Override
    public List<StoredTarget> load(
            int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
        setRowCount(count);
        return key == null ? List.of() : reader.read(key, first, pageSize);
    }

    @Override
    public String getRowKey(StoredTarget target) {
        return String.valueOf(target.ordinal());
    }
}
