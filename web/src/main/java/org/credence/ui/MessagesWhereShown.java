package org.credence.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A message meant for the form just sent ({@link PageMessages}) is shown above the page instead when
 * that form is no longer on it: a plan's publication form, say, is gone once the
 * plan is published, and its confirmation must not be lost with it.
 */
public class MessagesWhereShown implements PhaseListener {

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (context.getViewRoot() == null) {
            return;
        }
        List<String> ids = new ArrayList<>();
        context.getClientIdsWithMessages().forEachRemaining(ids::add);
        for (String id : ids) {
            if (id == null || shown(context, id)) {
                continue;
            }
            List<FacesMessage> moved = new ArrayList<>();
            for (Iterator<FacesMessage> messages = context.getMessages(id); messages.hasNext(); ) {
                moved.add(messages.next());
                messages.remove();
            }
            moved.forEach(m -> context.addMessage(null, m));
        }
    }

    /**
     * Whether the messages of {@code clientId} can be shown where they are: always for a field's
     * (their page shows them beside it or not at all, as before); for a form's, only while the form is
     * on the page. A form of these pages sits at the top of its view, so its id has no colon.
     */
    private static boolean shown(FacesContext context, String clientId) {
        if (clientId.indexOf(':') >= 0) {
            return true;
        }
        boolean[] form = {true};
        boolean[] rendered = {false};
        boolean found = context.getViewRoot().invokeOnComponent(context, clientId, (c, component) -> {
            form[0] = component instanceof UIForm;
            rendered[0] = renderedWithAncestors(component);
        });
        return found && (!form[0] || rendered[0]);
    }

    private static boolean renderedWithAncestors(UIComponent component) {
        for (UIComponent c = component; c != null; c = c.getParent()) {
            if (!c.isRendered()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void afterPhase(PhaseEvent event) {}
}
