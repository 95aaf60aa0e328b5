package org.credence.setup.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.credence.agency.entity.Agency;
import org.credence.audit.control.WriteLog;
import org.credence.business.boundary.BusinessDescription;
import org.credence.business.entity.Business;
import org.credence.business.entity.OnlineShop;
import org.credence.business.entity.Uscc;
import org.credence.inspection.control.DirectoryEntries;
import org.credence.inspection.control.PlanEntries;
import org.credence.platform.ChinaTime;
import org.credence.platform.jdbc.Database;
import org.credence.security.control.PasswordHashing;
import org.credence.security.entity.CredenceUser;
import org.credence.setup.control.DemoHistory;
import org.credence.setup.control.DemoInspections;
import org.credence.setup.control.DemoUser;
import org.credence.setup.control.SyntheticPopulation;
import org.credence.setup.entity.Setting;
import org.credence.violation.boundary.RecordCatalogue;
import org.credence.violation.control.IntakeReport;
import org.credence.violation.control.IntakeRun;
import org.credence.violation.control.RecordValidator;
import org.credence.violation.entity.RecordSubmission;

/**
 * Loads the demo dataset exactly once per database. The settings row is written in the same
 * transaction as the data, so a second start, or a second node, adds nothing.
 */
@Stateless
public class DemoDataset {

    /** Bump when the dataset changes shape; an installation keeps the version it loaded. */
    public static final String VERSION = "2";

    public static final int BUSINESSES = 300;
    public static final long RECORDS = 1_000;
    public static final long SEED = 20261122L;
    private static final String LOADER = "demo-data";

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    RecordCatalogue catalogue;

    @Inject
    Database database;

    Clock clock = Clock.systemUTC();

    /** The demo's records go through the same intake as agencies' files, as a system administrator would send them. */
    private IntakeReport loadRecords(SyntheticPopulation population, LocalDateTime now) {
        RecordValidator validator = new RecordValidator(
                catalogue.rules(), catalogue.agencyIds(), catalogue.smallFineMaxima(), null, now.toLocalDate());
        // generated first (a thousand records), so that the intake's checked SQLException needs no tunnel
        List<RecordSubmission> submissions = new ArrayList<>();
        population.records(RECORDS, now.toLocalDate(), catalogue.rules(), submissions::add);
        return database.call(connection -> {
            IntakeRun run = new IntakeRun(connection, validator, LOADER, now, false, true, false);
            for (int row = 0; row < submissions.size(); row++) {
                run.add(row, submissions.get(row));
            }
            IntakeReport report = run.finish();
            if (report.errorCount() > 0) {
                throw new IllegalStateException("the demo records do not pass the intake: " + report.errors());
            }
            return report;
        });
    }

    /** Returns whether this call loaded the dataset (false: it was there already). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean loadOnce() {
        if (em.find(Setting.class, Setting.DEMO_DATASET) != null) {
            return false;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        em.persist(new Setting(Setting.DEMO_DATASET, VERSION, now));
        em.flush();
        Map<String, Agency> agencies = em.createNamedQuery(Agency.FIND_ALL, Agency.class)
                .getResultStream()
                .collect(Collectors.toMap(Agency::code, Function.identity()));
        for (DemoUser user : DemoUser.ALL) {
            em.persist(new CredenceUser(
                    user.username(),
                    passwords.hash(user.password()),
                    user.agencyCode() == null ? null : agencies.get(user.agencyCode()),
                    EnumSet.of(user.role()),
                    now));
        }
        Agency registrar = agencies.get("SAMR");
        SyntheticPopulation population = new SyntheticPopulation(SEED, BUSINESSES);
        for (int i = 0; i < population.size(); i++) {
            BusinessDescription d = population.business(i);
            Business business = new Business(Uscc.parse(d.uscc()), null, registrar, LOADER, now);
            business.describe(
                    d.name(),
                    d.entityType(),
                    d.regionCode(),
                    d.industryCode(),
                    d.status(),
                    d.shops().stream()
                            .map(s -> new OnlineShop(s.platform(), s.shopId(), s.shopUrl()))
                            .toList());
            em.persist(business);
        }
        em.flush();
        IntakeReport records = loadRecords(population, now);
        DemoInspections.load(new DirectoryEntries(em), now.toLocalDate(), LOADER, now);
        em.flush();
        // China's date, as every draw and result date is
        DemoHistory.Loaded history = database.call(connection ->
                DemoHistory.load(connection, new PlanEntries(em), SEED, ChinaTime.today(clock), LOADER, now));
        WriteLog.record(
                LOADER,
                "demo-dataset.load",
                "version " + VERSION + ": " + DemoUser.ALL.size()
                        + " users, " + population.size() + " businesses, " + records.created() + " records, "
                        + history.plans() + " completed plans with " + history.targets()
                        + " synthetic inspection results");
        return true;
    }
}
