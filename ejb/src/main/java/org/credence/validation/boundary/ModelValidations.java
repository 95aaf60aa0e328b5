package org.credence.validation.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.credence.credit.control.ModelEntries;
import org.credence.credit.control.ModelStore;
import org.credence.credit.entity.ModelView;
import org.credence.platform.ChinaTime;
import org.credence.platform.CredenceException;
import org.credence.platform.Message;
import org.credence.platform.NotFoundException;
import org.credence.platform.NotPermittedException;
import org.credence.platform.jdbc.Database;
import org.credence.security.control.CallerIdentity;
import org.credence.security.control.Callers;
import org.credence.security.entity.Role;
import org.credence.validation.control.ModelValidation;
import org.credence.validation.control.Observation;
import org.credence.validation.control.ObservationStore;
import org.credence.validation.control.ObservationStore.Recorded;
import org.credence.validation.control.ObservationStore.Source;
import org.credence.validation.control.OutcomeFit;
import org.credence.validation.control.OutcomeWeights;
import org.credence.validation.control.PopulationStability;
import org.credence.validation.control.ValidationPeriod;
import org.credence.validation.control.ValidationReport;
import org.credence.validation.control.WilsonInterval;

/**
 * The validation-v1 report of a model and the observations behind it, for the model's agency (its
 * administrators and inspectors), system administrators and auditors. The period is one of completion
 * dates; without one it is the twelve months up to today (China time).
 */
@Stateless
@DeclareRoles(Role.Names.AUDITOR)
public class ModelValidations {

    @Resource
    SessionContext session;

    @Inject
    Database database;

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    ValidationSummaryCache cache;

    Clock clock = Clock.systemUTC();

    /** The period asked for: {@code to} defaults to today, {@code from} to a year before {@code to}. */
    public ValidationPeriod period(LocalDate from, LocalDate to) {
        return ValidationPeriod.of(from, to, ChinaTime.today(clock));
    }

    public ValidationView report(long modelId, LocalDate from, LocalDate to) {
        ValidationPeriod period = period(from, to);
        return database.call(c -> {
            ModelStore.Ref ref = readable(c, modelId);
            Source source = ObservationStore.read(c, ModelStore.find(c, modelId), period.from(), period.to());
            ValidationReport report = ModelValidation.report(source.observations(), source.draws(), source.runs());
            return view(ref, period, source, report);
        });
    }

    public ObservationsView observations(long modelId, LocalDate from, LocalDate to) {
        ValidationPeriod period = period(from, to);
        return database.call(c -> {
            ModelStore.Ref ref = readable(c, modelId);
            Source source = ObservationStore.read(c, ModelStore.find(c, modelId), period.from(), period.to());
            return observationsView(ref, period, source);
        });
    }

    /** What the validation page shows, from one reading of the observations; the learned weights' refusal in their place. */
    public record PageData(
            ValidationView report, ObservationsView observations, LearnedWeights learned, Message learnedRefusal) {}

    /**
     * The report, the observations and the learned weights of a model and period together, read once:
     * each alone reads every observation of the period (100,000 in a year of a province's inspections).
     */
    public PageData page(long modelId, LocalDate from, LocalDate to) {
        ValidationPeriod period = period(from, to);
        return database.call(c -> {
            ModelStore.Ref ref = readable(c, modelId);
            Source source = ObservationStore.read(c, ModelStore.find(c, modelId), period.from(), period.to());
            ValidationView report = view(
                    ref, period, source, ModelValidation.report(source.observations(), source.draws(), source.runs()));
            LearnedWeights learned = null;
            Message refusal = null;
            try {
                learned = learnedWeights(ref, period, entries().find(modelId), source);
            } catch (CredenceException e) {
                refusal = e.detail();
            }
            return new PageData(report, observationsView(ref, period, source), learned, refusal);
        });
    }

    private static ObservationsView observationsView(ModelStore.Ref ref, ValidationPeriod period, Source source) {
        List<ObservationView> rows = new ArrayList<>(source.targets().size());
        for (Recorded r : source.targets()) {
            Observation o = r.observation();
            Map<String, Double> loads = new LinkedHashMap<>();
            for (int i = 0; i < source.codes().size(); i++) {
                loads.put(source.codes().get(i), o.load(i));
            }
            rows.add(new ObservationView(
                    o.drawKey(),
                    o.uscc().value(),
                    o.grade().name(),
                    o.score(),
                    loads,
                    o.selected(),
                    o.pool(),
                    o.inclusion(),
                    o.weight(),
                    o.outcome().name(),
                    r.completedOn()));
        }
        return new ObservationsView(
                modelRef(ref), ValidationReport.METHOD, period.from(), period.to(), source.codes(), rows);
    }

    /**
     * The weights the model's outcomes of the period would give, beside its current ones; nothing is
     * kept (an administrator makes them a draft with {@code OutcomeDrafts.deriveByOutcomes}). Refused
     * (422) with the counts when there are fewer than 10 hits or 10 clean results, or when no indicator
     * raises the risk.
     */
    public LearnedWeights learnedWeights(long modelId, LocalDate from, LocalDate to) {
        ValidationPeriod period = period(from, to);
        return database.call(c -> {
            ModelStore.Ref ref = readable(c, modelId);
            ModelView model = entries().find(modelId);
            Source source = ObservationStore.read(c, ModelStore.find(c, model.id()), period.from(), period.to());
            return learnedWeights(ref, period, model, source);
        });
    }

    private static LearnedWeights learnedWeights(
            ModelStore.Ref ref, ValidationPeriod period, ModelView model, Source source) {
        OutcomeFit.Fitted fitted = OutcomeFit.fit(model, source, 0, System.nanoTime());
        OutcomeWeights.Assessment a = fitted.assessment();
        return new LearnedWeights(
                modelRef(ref),
                period.from(),
                period.to(),
                a.learned().hits(),
                a.learned().cleans(),
                fitted.current(),
                model.weightMethod(),
                a.learned().weights(),
                OutcomeFit.effects(a.learned()),
                a.currentAuc(),
                a.learnedAuc(),
                a.crossValidatedAuc(),
                a.crossValidationRefusal());
    }

    /**
     * The validation of the last twelve months in brief, for each of these models whose validation the
     * caller may read (the others are left out, without a refusal: the overview lists every model in
     * force). Kept a few minutes per model ({@link ValidationSummaryCache}).
     */
    public Map<Long, ValidationSummary> recentSummaries(List<Long> modelIds) {
        ValidationPeriod period = period(null, null);
        Map<Long, ValidationSummary> summaries = new LinkedHashMap<>();
        return database.call(c -> {
            for (long id : modelIds) {
                ModelStore.Ref ref = ModelStore.ref(c, id);
                if (ref == null || !mayRead(ref)) {
                    continue;
                }
                ValidationSummary summary = summaries.containsKey(id)
                        ? summaries.get(id)
                        : cache.fresh(id, period.from(), period.to(), clock.instant());
                if (summary == null) {
                    Source source = ObservationStore.read(c, ModelStore.find(c, id), period.from(), period.to());
                    summary = summary(
                            id, period, ModelValidation.report(source.observations(), source.draws(), source.runs()));
                    cache.keep(summary, clock.instant());
                }
                summaries.put(id, summary);
            }
            return summaries;
        });
    }

    static ValidationSummary summary(long model, ValidationPeriod period, ValidationReport report) {
        List<String> observed = report.grades().stream()
                .filter(g -> g.coverage() == ValidationReport.Coverage.OBSERVED)
                .map(g -> g.grade().name())
                .toList();
        int significant = (int) report.inversions().stream()
                .filter(ValidationReport.Inversion::significant)
                .count();
        return new ValidationSummary(
                model,
                period.from(),
                period.to(),
                report.hits(),
                report.cleans(),
                report.scoreAuc(),
                report.scoreGini(),
                report.monotone(),
                report.inversions().size(),
                significant,
                observed,
                report.unknownGrades().stream().map(Enum::name).toList());
    }

    private boolean mayRead(ModelStore.Ref ref) {
        CallerIdentity caller = callers.current();
        return caller.systemAdmin()
                || session.isCallerInRole(Role.Names.AUDITOR)
                || (caller.agency() != null && caller.agency().id() == ref.agencyId());
    }

    /** The model, if the caller may read its validation (404 when there is none, 403 when not theirs). */
    private ModelStore.Ref readable(Connection c, long modelId) throws SQLException {
        ModelStore.Ref ref = ModelStore.ref(c, modelId);
        if (ref == null) {
            throw new NotFoundException("model-not-found", Message.of("there-is-no-model", modelId));
        }
        if (mayRead(ref)) {
            return ref;
        }
        throw new NotPermittedException(Message.of("validation.not-your-model", modelId, ref.agencyCode()));
    }

    private static ValidationView.ModelRef modelRef(ModelStore.Ref ref) {
        return new ValidationView.ModelRef(ref.id(), ref.agencyCode(), ref.name(), ref.version());
    }

    static ValidationView view(ModelStore.Ref ref, ValidationPeriod period, Source source, ValidationReport report) {
        List<ValidationView.GradeView> grades = new ArrayList<>();
        long notReachable = 0;
        long refused = 0;
        for (ValidationReport.GradeFigures g : report.grades()) {
            WilsonInterval interval = g.interval();
            grades.add(new ValidationView.GradeView(
                    g.grade().name(),
                    g.poolMembers(),
                    g.selected(),
                    g.observations(),
                    g.hits(),
                    g.notReachable(),
                    g.refused(),
                    g.rate(),
                    interval == null ? null : interval.lower(),
                    interval == null ? null : interval.upper(),
                    g.lift(),
                    g.coverage().name()));
            notReachable += g.notReachable();
            refused += g.refused();
        }
        List<ValidationView.InversionView> inversions = report.inversions().stream()
                .map(i -> new ValidationView.InversionView(
                        i.better().name(), i.worse().name(), i.betterRate(), i.worseRate(), i.significant()))
                .toList();
        List<ValidationView.ShiftView> stability = new ArrayList<>();
        for (PopulationStability.Shift s : report.stability()) {
            // each full run of the period, against the one before it (which may be older)
            if (!s.run().asOf().isBefore(period.from()) && !s.run().asOf().isAfter(period.to())) {
                stability.add(new ValidationView.ShiftView(
                        s.run().id(),
                        s.run().asOf(),
                        s.previous().id(),
                        s.previous().asOf(),
                        s.psi(),
                        s.band() == null ? null : s.band().name()));
            }
        }
        return new ValidationView(
                modelRef(ref),
                ValidationReport.METHOD,
                period.from(),
                period.to(),
                source.draws().size(),
                report.observations(),
                report.hits(),
                report.cleans(),
                notReachable,
                refused,
                report.prevalence(),
                grades,
                report.unknownGrades().stream().map(Enum::name).toList(),
                report.monotone(),
                inversions,
                new ValidationView.DiscriminationView(report.scoreAuc() != null, report.scoreAuc(), report.scoreGini()),
                new ValidationView.DiscriminationView(report.gradeAuc() != null, report.gradeAuc(), report.gradeGini()),
                stability);
    }

    private ModelEntries entries() {
        return new ModelEntries(em);
    }
}
