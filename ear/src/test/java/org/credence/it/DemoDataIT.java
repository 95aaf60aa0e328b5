package org.credence.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Demo mode loads its dataset once per database: starting the application again adds nothing. */
@ExtendWith(ArquillianExtension.class)
class DemoDataIT {

    private static final String DEPLOYMENT = "credence";
    private static final Path SERVER_LOG = Path.of(System.getProperty("payara.home"),
            "glassfish", "domains", "domain1", "logs", "server.log");

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = DEPLOYMENT, managed = false, testable = false)
    static EnterpriseArchive credence() {
        return Deployments.builtEar();
    }

    @Test
    void aSecondStartAddsNothing() throws IOException {
        deployer.deploy(DEPLOYMENT);
        try {
            long first = businessCount();
            assertTrue(first >= 300, "the demo dataset holds at least 300 businesses, found " + first);
            Api.as("admin").get("/businesses/91110000600037341L").expect(200);
            Api.as("samr-admin").get("/agencies").expect(200);

            long logBefore = SERVER_LOG.toFile().length();
            deployer.undeploy(DEPLOYMENT);
            deployer.deploy(DEPLOYMENT);

            assertEquals(first, businessCount());
            String startLog = tail(logBefore);
            assertTrue(startLog.contains("demo dataset was already loaded; nothing added"), startLog);
            assertTrue(!startLog.contains("demo mode: demo dataset loaded"), startLog);
        } finally {
            deployer.undeploy(DEPLOYMENT);
        }
    }

    private static long businessCount() {
        return Api.as("auditor").get("/businesses?size=1").expect(200).json().getJsonNumber("total").longValue();
    }

    private static String tail(long from) throws IOException {
        try (RandomAccessFile log = new RandomAccessFile(SERVER_LOG.toFile(), "r")) {
            long start = Math.min(from, log.length());
            byte[] bytes = new byte[(int) (log.length() - start)];
            log.seek(start);
            log.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
