package org.credence.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.credence.sharing.boundary.PublicProfiles;
import org.credence.sharing.boundary.RateLimits;
import org.credence.web.Language;

/**
 * The public start page's search by name, without signing in: the first businesses whose name contains
 * the words, each leading to its public profile. Counted against the same per-address limit as the
 * public profile, so the register cannot be read out faster by name than by code.
 */
@Named
@RequestScoped
public class PublicSearch {

    /** Matches listed; more ask for more words. */
    static final int SHOWN = 20;

    @Inject
    PublicProfiles profiles;

    @Inject
    RateLimits limits;

    @Inject
    FacesContext faces;

    @Inject
    Language language;

    private String name;
    private List<PublicProfiles.Match> matches;
    private String problem;

    /** Searches for {@code ?name=} (a view action: on every GET with it). */
    public void load() {
        if (name == null || name.isBlank()) {
            return;
        }
        name = name.strip();
        if (name.length() < PublicProfiles.MIN_NAME) {
            problem = language.text("public.nameTooShort", PublicProfiles.MIN_NAME);
            return;
        }
        jakarta.servlet.http.HttpServletRequest request = (jakarta.servlet.http.HttpServletRequest)
                faces.getExternalContext().getRequest();
        limits.address(request.getRemoteAddr());
        // one more than shown tells whether there are more
        matches = profiles.search(name, SHOWN + 1);
    }

    public List<PublicProfiles.Match> getMatches() {
        return matches == null ? null : matches.subList(0, Math.min(SHOWN, matches.size()));
    }

    /** Whether more businesses match than are listed. */
    public boolean isMore() {
        return matches != null && matches.size() > SHOWN;
    }

    public String getProblem() {
        return problem;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
