package org.credence.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.credence.web.Language;
import org.credence.web.RequestAttributes;

/**
 * Signing in and out of the interface with the same users and roles as the API. The credentials go
 * to the application's one authentication mechanism, which keeps the caller in the HTTP session.
 */
@Named
@RequestScoped
public class SignIn {

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    @Inject
    Language language;

    private String username;
    private String password;
    private String next;

    public String signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(
                                username == null ? "" : username.strip(), password == null ? "" : password))
                        .newAuthentication(true));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(external.getRequestContextPath() + safeNext());
            faces.responseComplete();
            return null;
        }
        Object wait = external.getRequestMap().get(RequestAttributes.THROTTLED);
        Object unavailable = external.getRequestMap().get(RequestAttributes.UNAVAILABLE);
        String text = wait instanceof Long seconds
                ? language.text("signin.throttled", seconds)
                : unavailable instanceof Long retry
                        ? language.text("signin.unavailable", retry)
                        : language.text("signin.failed");
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        return null;
    }

    public void signOut() throws Exception {
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/index.xhtml");
        faces.responseComplete();
    }

    /** Where to go after signing in: a page of this application only, never another site. */
    String safeNext() {
        return next != null && next.startsWith("/app/") && !next.contains("//") && !next.contains("\\")
                ? next
                : "/app/index.xhtml";
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
