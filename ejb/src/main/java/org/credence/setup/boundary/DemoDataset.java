package org.credence.setup.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.credence.agency.entity.Agency;
import org.credence.business.boundary.BusinessDescription;
import org.credence.business.entity.Business;
import org.credence.business.entity.OnlineShop;
import org.credence.business.entity.Uscc;
import org.credence.platform.WriteLog;
import org.credence.security.control.PasswordHashing;
import org.credence.security.entity.CredenceUser;
import org.credence.setup.control.DemoBusinesses;
import org.credence.setup.control.DemoUser;
import org.credence.setup.entity.Setting;

/**
 * Loads the demo dataset exactly once per database. The settings row is written in the same
 * transaction as the data, so a second start, or a second node, adds nothing.
 */
@Stateless
public class DemoDataset {

    /** Bump when the dataset changes shape; an installation keeps the version it loaded. */
    public static final String VERSION = "1";
    public static final int BUSINESSES = 300;
    public static final long SEED = 20261122L;
    private static final String LOADER = "demo-data";

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    Clock clock = Clock.systemUTC();

    /** Returns whether this call loaded the dataset (false: it was there already). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean loadOnce() {
        if (em.find(Setting.class, Setting.DEMO_DATASET) != null) {
            return false;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        em.persist(new Setting(Setting.DEMO_DATASET, VERSION, now));
        em.flush();
        Map<String, Agency> agencies = em.createNamedQuery(Agency.FIND_ALL, Agency.class).getResultStream()
                .collect(Collectors.toMap(Agency::code, Function.identity()));
        for (DemoUser user : DemoUser.ALL) {
            em.persist(new CredenceUser(user.username(), passwords.hash(user.password()),
                    user.agencyCode() == null ? null : agencies.get(user.agencyCode()), EnumSet.of(user.role()), now));
        }
        Agency registrar = agencies.get("SAMR");
        List<BusinessDescription> businesses = DemoBusinesses.generate(BUSINESSES, SEED);
        for (BusinessDescription d : businesses) {
            Business business = new Business(Uscc.parse(d.uscc()), null, registrar, LOADER, now);
            business.describe(d.name(), d.entityType(), d.regionCode(), d.industryCode(), d.status(),
                    d.shops().stream().map(s -> new OnlineShop(s.platform(), s.shopId(), s.shopUrl())).toList());
            em.persist(business);
        }
        WriteLog.record(LOADER, "demo-dataset.load", "version " + VERSION + ": " + DemoUser.ALL.size()
                + " users, " + businesses.size() + " businesses");
        return true;
    }
}
