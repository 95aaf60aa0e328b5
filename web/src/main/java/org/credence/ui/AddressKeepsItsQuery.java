package org.credence.ui;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewMetadata;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A page's forms post back to the page's own address with its view parameters ({@code ?id=…}), so the
 * address bar keeps naming what the page shows after any button: a reload or a bookmark opens the
 * same thing instead of an empty page.
 */
public class AddressKeepsItsQuery extends ViewHandlerWrapper {

    public AddressKeepsItsQuery(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        String url = super.getActionURL(context, viewId);
        UIViewRoot root = context.getViewRoot();
        if (root == null || viewId == null || !viewId.equals(root.getViewId())) {
            return url;
        }
        Map<String, List<String>> query = new LinkedHashMap<>();
        for (UIViewParameter parameter : ViewMetadata.getViewParameters(root)) {
            String value = parameter.getStringValue(context);
            if (value != null && !value.isEmpty()) {
                query.put(parameter.getName(), List.of(value));
            }
        }
        return query.isEmpty() ? url : context.getExternalContext().encodeBookmarkableURL(url, query);
    }
}
