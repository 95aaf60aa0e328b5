package org.credence.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Demo mode loads its dataset once per database: starting the application again adds nothing. */
@ExtendWith({ArquillianExtension.class, ChinaDay.class})
class DemoDataIT {

    private static final String DEPLOYMENT = "credence";

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = DEPLOYMENT, managed = false, testable = false)
    static EnterpriseArchive credence() {
        return Deployments.builtEar();
    }

    @Test
    void aSecondStartAddsNothing() {
        deployer.deploy(DEPLOYMENT);
        try {
            long first = businessCount();
            assertTrue(first >= 300, "the demo dataset holds at least 300 businesses, found " + first);
            Api.as("admin").get("/businesses/91110000600037341L").expect(200);
            Api.as("samr-admin").get("/agencies").expect(200);

            long logBefore = ServerLog.size();
            deployer.undeploy(DEPLOYMENT);
            deployer.deploy(DEPLOYMENT);

            assertEquals(first, businessCount());
            String startLog = ServerLog.readFrom(logBefore);
            assertTrue(startLog.contains("demo dataset was already loaded; nothing added"), startLog);
            assertTrue(!startLog.contains("demo mode: demo dataset loaded"), startLog);
        } finally {
            deployer.undeploy(DEPLOYMENT);
        }
    }

    private static long businessCount() {
        return Api.as("auditor")
                .get("/businesses?size=1")
                .expect(200)
                .json()
                .getJsonNumber("total")
                .longValue();
    }
}
