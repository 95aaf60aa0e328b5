package org.credence.ui.business;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.credence.business.boundary.BusinessQuery;
import org.credence.business.boundary.BusinessRegistry;
import org.credence.business.boundary.BusinessSummary;
import org.credence.platform.Page;
import org.credence.ui.export.Exports;
import org.credence.web.BusinessView;
import org.credence.web.Language;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Businesses by name and region, a page at a time from the database (never the whole register). */
@Named
@ViewScoped
public class BusinessSearch implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BusinessRegistry registry;

    @Inject
    Language language;

    private String name;
    private String region;

    /** Rows per page of the table. */
    public static final int ROWS = 20;

    /** The page read last, for the criteria it was read for: the table asks for the count, then the rows. */
    private transient Page<BusinessView> last;

    private transient String lastCriteria;

    private final LazyDataModel<BusinessView> results = new LazyDataModel<>() {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) Math.min(Integer.MAX_VALUE, read(-1, ROWS).total());
        }

        @Override
        public List<BusinessView> load(
                int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            Page<BusinessView> page = read(first / pageSize, pageSize);
            setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
            return page.items();
        }

        @Override
        public String getRowKey(BusinessView business) {
            return business.uscc();
        }
    };

    /**
     * A page of businesses (-1: any page already read for these criteria, else the first), read
     * once: each read costs the page and a count over the whole register.
     */
    private Page<BusinessView> read(int page, int size) {
        String criteria = name + "\u0000" + region;
        boolean fits = last != null
                && criteria.equals(lastCriteria)
                && last.size() == size
                && (page < 0 || last.page() == page);
        if (!fits) {
            last = registry.search(
                            new BusinessQuery(blankToNull(name), blankToNull(region), null, Math.max(page, 0), size))
                    .map(BusinessView::of);
            lastCriteria = criteria;
        }
        return last;
    }

    /** The whole result of the search shown, a chunk at a time in USCC order, as CSV or xlsx. */
    public void export(String format) {
        BusinessQuery query = new BusinessQuery(blankToNull(name), blankToNull(region), null, 0, ROWS);
        Exports.send(
                language,
                format,
                "businesses",
                language.text("businesses.title"),
                Exports.header(language, "public.uscc", "public.business", "public.region", "public.status"),
                table -> Exports.eachChunk(
                        table,
                        (BusinessSummary last) ->
                                registry.summaries(query, last == null ? null : last.uscc(), Exports.CHUNK),
                        (t, b) -> t.row(
                                b.uscc(),
                                b.name(),
                                b.regionCode(),
                                Exports.label(language, "enum.BusinessStatus.", b.status()))));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The search button: reads again even for the same criteria (the register may have changed). */
    public void search() {
        last = null;
    }

    public int getRows() {
        return ROWS;
    }

    public LazyDataModel<BusinessView> getResults() {
        return results;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }
}
