package org.credence.ui;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Rows of a filtered query for a lazy table: the page shown is read from the database (offset and
 * limit there), never the whole result. The page bean holds the filter; this model asks it for a
 * count and a page.
 */
public final class PagedRows<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** Reads the rows from {@code offset}, at most {@code limit}. */
    @FunctionalInterface
    public interface Reader<T> extends Serializable {
        List<T> read(int offset, int limit);
    }

    /** Counts every row the filter matches (or up to a cap the reader states). */
    @FunctionalInterface
    public interface Counter extends Serializable {
        long count();
    }

    /** The key a row is known by in the table. */
    @FunctionalInterface
    public interface Key<T> extends Serializable {
        String of(T row);
    }

    private final Reader<T> reader;
    private final Counter counter;
    private final Key<T> key;

    public PagedRows(Reader<T> reader, Counter counter, Key<T> key) {
        this.reader = reader;
        this.counter = counter;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return (int) Math.min(Integer.MAX_VALUE, counter.count());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
        return reader.read(first, pageSize);
    }

    @Override
    public String getRowKey(T row) {
        return key.of(row);
    }
}
