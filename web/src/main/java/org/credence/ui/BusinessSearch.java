package org.credence.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.credence.api.business.BusinessView;
import org.credence.business.boundary.BusinessQuery;
import org.credence.business.boundary.BusinessRegistry;
import org.credence.platform.Page;
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

    private String name;
    private String region;

    private final LazyDataModel<BusinessView> results = new LazyDataModel<>() {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) Math.min(Integer.MAX_VALUE, search(0, 1).total());
        }

        @Override
        public List<BusinessView> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            Page<BusinessView> page = search(first / pageSize, pageSize);
            setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
            return page.items();
        }

        @Override
        public String getRowKey(BusinessView business) {
            return business.uscc();
        }
    };

    private Page<BusinessView> search(int page, int size) {
        return registry.search(new BusinessQuery(blankToNull(name), blankToNull(region), null, page, size))
                .map(BusinessView::of);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
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
