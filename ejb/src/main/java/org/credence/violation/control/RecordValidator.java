package org.credence.violation.control;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.credence.business.entity.Uscc;
import org.credence.platform.FieldError;
import org.credence.platform.InputBounds;
import org.credence.platform.Message;
import org.credence.violation.entity.PenaltyType;
import org.credence.violation.entity.Polarity;
import org.credence.violation.entity.RecordSubmission;
import org.credence.violation.entity.Severity;

/**
 * Checks one submitted record against the catalogue and the caller, without touching the database:
 * every field's shape, the category's polarity and reporters, the caller's agency, a decision date
 * not in the future. Whether the business is registered is checked by the intake, in bulk.
 */
public final class RecordValidator {

    /** What the validator needs to know of a category. */
    public record CategoryRule(long id, String code, Polarity polarity, boolean specialSector, Set<String> reporters) {}

    /** A record that passed every check, with its derived publicity end and content hash. */
    public record ValidRecord(
            String uscc,
            long agencyId,
            String agencyCode,
            CategoryRule category,
            Severity severity,
            String decisionNumber,
            LocalDate decisionDate,
            String legalBasis,
            PenaltyType penaltyType,
            BigDecimal penaltyAmount,
            String sourceRecordId,
            LocalDate publicityEnd,
            String contentHash) {}

    /** Either a valid record or the reasons it is not. */
    public record Outcome(ValidRecord record, List<FieldError> errors) {
        public boolean isValid() {
            return errors.isEmpty();
        }
    }

    private static final int MAX_SOURCE_ID = 64;
    private static final int MAX_DECISION_NUMBER = 100;
    private static final int MAX_LEGAL_BASIS = 500;
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999999999.99");

    private final Map<String, CategoryRule> categories;
    private final Map<String, Long> agencies;
    private final Map<String, BigDecimal> smallFineMaxima;
    private final String callerAgency;
    private final LocalDate today;

    /** A validator under which every agency has the default small-fine ceiling. */
    public RecordValidator(
            Map<String, CategoryRule> categories, Map<String, Long> agencies, String callerAgency, LocalDate today) {
        this(categories, agencies, Map.of(), callerAgency, today);
    }

    /**
     * @param smallFineMaxima each agency's ceiling of a small fine (Order 45), by agency code; an agency
     *                        without one has {@link PublicityPeriod#DEFAULT_SMALL_FINE_MAX}
     * @param callerAgency    the agency the caller acts for, or null for a system administrator, who
     *                        must name the agency in every record
     */
    public RecordValidator(
            Map<String, CategoryRule> categories,
            Map<String, Long> agencies,
            Map<String, BigDecimal> smallFineMaxima,
            String callerAgency,
            LocalDate today) {
        this.categories = categories;
        this.agencies = agencies;
        this.smallFineMaxima = smallFineMaxima;
        this.callerAgency = callerAgency;
        this.today = today;
    }

    public Outcome validate(RecordSubmission s) {
        List<FieldError> errors = new ArrayList<>();
        String uscc = trimmed(s.uscc());
        if (uscc == null) {
            errors.add(new FieldError("uscc", Message.of("is-required")));
        } else if (uscc.length() != Uscc.LENGTH || !uscc.chars().allMatch(c -> Uscc.ALPHABET.indexOf(c) >= 0)) {
            errors.add(new FieldError("uscc", Message.of("must-be-characters-of-the-uscc", Uscc.ALPHABET)));
        }

        String agency = trimmed(s.agency());
        int errorsBeforeAgency = errors.size();
        if (agency == null) {
            agency = callerAgency;
            if (agency == null) {
                errors.add(new FieldError("agency", Message.of("reporting-agency-required")));
            }
        } else if (!agencies.containsKey(agency)) {
            errors.add(new FieldError("agency", Message.of("unknown-agency", agency)));
        } else if (callerAgency != null && !callerAgency.equals(agency)) {
            errors.add(new FieldError("agency", Message.of("you-may-submit-records-only-as", callerAgency)));
        }
        boolean agencyValid = errors.size() == errorsBeforeAgency;

        CategoryRule category = null;
        String categoryCode = trimmed(s.category());
        if (categoryCode == null) {
            errors.add(new FieldError("category", Message.of("is-required")));
        } else {
            category = categories.get(categoryCode);
            if (category == null) {
                errors.add(new FieldError("category", Message.of("unknown-category", categoryCode)));
            } else if (agencyValid && !category.reporters().contains(agency)) {
                errors.add(new FieldError(
                        "category",
                        Message.of(
                                "agency-may-not-report-it-is",
                                agency,
                                categoryCode,
                                category.reporters().stream().sorted().toList())));
            }
        }

        Severity severity = null;
        String severityName = trimmed(s.severity());
        if (category != null && category.polarity() == Polarity.POSITIVE) {
            if (severityName != null) {
                errors.add(new FieldError("severity", Message.of("severity-not-for-positive")));
            }
        } else if (severityName == null) {
            errors.add(new FieldError("severity", Message.of("is-required-one-of", List.of(Severity.values()))));
        } else {
            severity = parse(Severity.class, severityName, "severity", errors);
        }

        String decisionNumber = required(s.decisionNumber(), "decisionNumber", MAX_DECISION_NUMBER, errors);
        LocalDate decisionDate = null;
        String date = trimmed(s.decisionDate());
        if (date == null) {
            errors.add(new FieldError("decisionDate", Message.of("is-required")));
        } else {
            try {
                decisionDate = LocalDate.parse(date);
                if (decisionDate.isAfter(today)) {
                    errors.add(new FieldError(
                            "decisionDate", Message.of("is-in-the-future-is-after", decisionDate, today)));
                } else if (decisionDate.isBefore(InputBounds.EARLIEST)) {
                    errors.add(
                            new FieldError("decisionDate", Message.of("input.date-too-early", InputBounds.EARLIEST)));
                }
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("decisionDate", Message.of("must-be-an-iso-date-such")));
            }
        }
        String legalBasis = required(s.legalBasis(), "legalBasis", MAX_LEGAL_BASIS, errors);

        PenaltyType penaltyType = null;
        if (trimmed(s.penaltyType()) != null) {
            penaltyType = parse(PenaltyType.class, trimmed(s.penaltyType()), "penaltyType", errors);
        }
        BigDecimal amount = s.penaltyAmount();
        if (amount != null) {
            if (amount.signum() < 0) {
                errors.add(new FieldError("penaltyAmount", Message.of("must-not-be-negative")));
            } else if (amount.stripTrailingZeros().scale() > 2 || amount.compareTo(MAX_AMOUNT) > 0) {
                errors.add(new FieldError("penaltyAmount", Message.of("must-be-at-most-with-at", MAX_AMOUNT)));
            } else {
                amount = amount.setScale(2);
            }
        }
        String sourceRecordId = required(s.sourceRecordId(), "sourceRecordId", MAX_SOURCE_ID, errors);

        // an inconsistent pair is refused with both of its fields named
        if (severity == Severity.WARNING && penaltyType != null && penaltyType != PenaltyType.WARNING) {
            once(errors, "penaltyType", Message.of("must-be-warning-or-left-out"));
            once(errors, "severity", Message.of("cal.severity-warning-needs-warning-penalty", label(penaltyType)));
        } else if (penaltyType == PenaltyType.WARNING && severity != null && severity != Severity.WARNING) {
            once(errors, "severity", Message.of("must-be-warning-for-a-warning"));
            once(errors, "penaltyType", Message.of("cal.warning-penalty-needs-warning-severity", label(severity)));
        }
        if (severity == Severity.WARNING && amount != null) {
            once(errors, "penaltyAmount", Message.of("amount-not-for-warning"));
            once(errors, "severity", Message.of("cal.severity-warning-has-no-amount"));
        }
        if ((penaltyType == PenaltyType.WARNING || penaltyType == PenaltyType.NOTICE_OF_CRITICISM)
                && amount != null
                && severity != Severity.WARNING) {
            once(errors, "penaltyAmount", Message.of("cal.penalty-without-amount", label(penaltyType)));
            once(errors, "penaltyType", Message.of("cal.penalty-type-has-no-amount", label(penaltyType)));
        }
        if (penaltyType == PenaltyType.FINE && amount == null) {
            once(errors, "penaltyAmount", Message.of("cal.fine-needs-amount"));
            once(errors, "penaltyType", Message.of("cal.fine-needs-amount"));
        }
        if (!errors.isEmpty()) {
            return new Outcome(null, errors);
        }
        // the period follows the penalty type and amount; the severity feeds only the score
        LocalDate publicityEnd = PublicityPeriod.endOf(
                        category.polarity(), penaltyType, amount, severity, smallFineMaxima.get(agency), decisionDate)
                .orElse(null);
        String hash = contentHash(
                uscc, agency, category.code(), severity, decisionNumber, decisionDate, legalBasis, penaltyType, amount);
        return new Outcome(
                new ValidRecord(
                        uscc,
                        agencies.get(agency),
                        agency,
                        category,
                        severity,
                        decisionNumber,
                        decisionDate,
                        legalBasis,
                        penaltyType,
                        amount,
                        sourceRecordId,
                        publicityEnd,
                        hash),
                List.of());
    }

    /** Names a field once: a field in two inconsistent pairs is reported with the first reason. */
    private static void once(List<FieldError> errors, String field, Message message) {
        if (errors.stream().noneMatch(e -> e.field().equals(field))) {
            errors.add(new FieldError(field, message));
        }
    }

    /** A coded value as people read it in a refusal. */
    private static Message.Value label(Enum<?> value) {
        return new Message.Value(value.getDeclaringClass().getSimpleName(), value.name());
    }

    /** SHA-256 over the record's content, so a resend can be told apart from a changed record. */
    static String contentHash(Object... fields) {
        String canonical =
                Arrays.stream(fields).map(f -> f == null ? "" : f.toString()).collect(Collectors.joining("\u001f"));
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static String required(String value, String field, int max, List<FieldError> errors) {
        String v = trimmed(value);
        if (v == null) {
            errors.add(new FieldError(field, Message.of("is-required")));
        } else if (v.length() > max) {
            errors.add(new FieldError(field, Message.of("must-be-at-most-characters", max)));
        } else {
            InputBounds.text(v, false).ifPresent(wrong -> errors.add(new FieldError(field, wrong)));
        }
        return v;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name, String field, List<FieldError> errors) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, Message.of("must-be-one-of", List.of(type.getEnumConstants()))));
            return null;
        }
    }

    /** The value without surrounding spaces, null when it holds only spaces (no-break and ideographic ones too). */
    private static String trimmed(String value) {
        if (InputBounds.isBlank(value)) {
            return null;
        }
        int start = 0;
        int end = value.length();
        while (InputBounds.isSpace(value.charAt(start))) {
            start++;
        }
        while (InputBounds.isSpace(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(start, end);
    }
}
