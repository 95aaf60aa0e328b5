package org.credence.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.credence.business.entity.InvalidUsccException;
import org.credence.business.entity.Uscc;
import org.credence.platform.NotFoundException;
import org.credence.platform.TooManyRequestsException;
import org.credence.sharing.boundary.PublicProfiles;
import org.credence.web.Language;

/**
 * A business's public profile, without signing in: name, penalties within their publicity period,
 * list memberships, published inspection results, and the grade where the agency made it public.
 * The same rate limit per address as the API's public profile.
 */
@Named
@RequestScoped
public class PublicBusiness {

    @Inject
    PublicProfiles profiles;

    @Inject
    org.credence.sharing.boundary.RateLimits limits;

    @Inject
    FacesContext faces;

    @Inject
    Language language;

    private String uscc;
    private PublicProfiles.Profile profile;
    private String problem;

    /** Looks the code up (a view action: on every GET with {@code ?uscc=}). */
    public void load() {
        if (uscc == null || uscc.isBlank()) {
            return;
        }
        uscc = uscc.strip().toUpperCase(java.util.Locale.ROOT);
        jakarta.servlet.http.HttpServletRequest request = (jakarta.servlet.http.HttpServletRequest)
                faces.getExternalContext().getRequest();
        try {
            limits.address(request.getRemoteAddr());
        } catch (TooManyRequestsException e) {
            // over the limit: 429 with the error page in the reader's language, as the API answers 429
            jakarta.servlet.http.HttpServletResponse response = (jakarta.servlet.http.HttpServletResponse)
                    faces.getExternalContext().getResponse();
            response.setHeader("Retry-After", String.valueOf(e.retryAfterSeconds()));
            try {
                faces.getExternalContext().responseSendError(429, null);
            } catch (java.io.IOException gone) {
                // the reader went away
            }
            faces.responseComplete();
            return;
        }
        try {
            profile = profiles.profile(Uscc.key(uscc));
        } catch (InvalidUsccException e) {
            error("public.invalid");
        } catch (NotFoundException e) {
            error("public.unknown");
        }
    }

    /** What is wrong with the code, shown next to the field. */
    private void error(String key) {
        problem = language.text(key, uscc);
    }

    public String getProblem() {
        return problem;
    }

    public String getUscc() {
        return uscc;
    }

    public void setUscc(String uscc) {
        this.uscc = uscc;
    }

    public PublicProfiles.Profile getProfile() {
        return profile;
    }
}
