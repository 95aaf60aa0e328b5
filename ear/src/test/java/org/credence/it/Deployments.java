package org.credence.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The EAR exactly as users deploy it, built by this module's package phase. */
final class Deployments {

    private Deployments() {}

    static EnterpriseArchive builtEar() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("credence.ear")));
    }
}
