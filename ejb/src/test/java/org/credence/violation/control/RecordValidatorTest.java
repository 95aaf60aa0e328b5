package org.credence.violation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.credence.platform.FieldError;
import org.credence.violation.control.RecordValidator.CategoryRule;
import org.credence.violation.entity.Polarity;
import org.credence.violation.entity.RecordSubmission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecordValidatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final Map<String, CategoryRule> CATEGORIES = Map.of(
            "FALSE_ADVERTISING", new CategoryRule(2, "FALSE_ADVERTISING", Polarity.NEGATIVE, false, Set.of("SAMR")),
            "DRUG_SALES", new CategoryRule(14, "DRUG_SALES", Polarity.NEGATIVE, true, Set.of("NMPA", "SAMR")),
            "HONOUR", new CategoryRule(23, "HONOUR", Polarity.POSITIVE, false, Set.of("SAMR", "CAC")));
    private static final Map<String, Long> AGENCIES = Map.of("SAMR", 1L, "CAC", 2L, "NMPA", 8L);

    private static RecordSubmission valid() {
        return new RecordSubmission(
                "91110000600037341L",
                "SAMR",
                "FALSE_ADVERTISING",
                "ORDINARY",
                "京市监罚〔2026〕1号",
                "2026-05-01",
                "广告法第五十五条",
                "FINE",
                new BigDecimal("20000"),
                "case-1");
    }

    /** The valid record with one field replaced (by its CSV column name). */
    private static RecordSubmission with(String field, String value) {
        RecordSubmission v = valid();
        return new RecordSubmission(
                field.equals("uscc") ? value : v.uscc(),
                field.equals("agency") ? value : v.agency(),
                field.equals("category") ? value : v.category(),
                field.equals("severity") ? value : v.severity(),
                field.equals("decisionNumber") ? value : v.decisionNumber(),
                field.equals("decisionDate") ? value : v.decisionDate(),
                field.equals("legalBasis") ? value : v.legalBasis(),
                field.equals("penaltyType") ? value : v.penaltyType(),
                field.equals("penaltyAmount") ? (value == null ? null : new BigDecimal(value)) : v.penaltyAmount(),
                field.equals("sourceRecordId") ? value : v.sourceRecordId());
    }

    private static Set<String> fieldsAtFault(RecordValidator validator, RecordSubmission s) {
        return validator.validate(s).errors().stream().map(FieldError::field).collect(Collectors.toSet());
    }

    private final RecordValidator asSamr = new RecordValidator(CATEGORIES, AGENCIES, "SAMR", TODAY);
    private final RecordValidator asSystemAdmin = new RecordValidator(CATEGORIES, AGENCIES, null, TODAY);

    @Test
    void acceptsAValidRecordAndDerivesPublicityAndHash() {
        RecordValidator.Outcome outcome = asSamr.validate(valid());
        assertTrue(outcome.isValid(), outcome.errors().toString());
        assertEquals(LocalDate.of(2029, 5, 1), outcome.record().publicityEnd());
        assertEquals(new BigDecimal("20000.00"), outcome.record().penaltyAmount());
        assertEquals(64, outcome.record().contentHash().length());
    }

    @ParameterizedTest(name = "{0} = ''{1}'' is refused")
    @CsvSource({
        "uscc, ",
        "uscc, 9111000060003734",
        "uscc, 91110000600037341I",
        "agency, NOPE",
        "agency, CAC", // another agency than the caller's
        "category, ",
        "category, NOPE",
        "severity, ",
        "severity, GRAVE",
        "decisionNumber, ",
        "decisionDate, ",
        "decisionDate, 2026-13-01",
        "decisionDate, 2026-11-23", // tomorrow
        "legalBasis, ' '",
        "penaltyType, JAIL",
        "penaltyAmount, -1",
        "penaltyAmount, 1.234",
        "sourceRecordId, ",
        "decisionDate, 1949-09-30", // before the earliest date taken
        "decisionDate, -999999999-01-01",
        "legalBasis, '\u00A0\u3000'", // only no-break and ideographic spaces: blank
        "decisionNumber, 'A\u202Eexe.pdf'",
        "decisionNumber, 'A\u2066B'",
        "legalBasis, 'x\u0000y'",
        "sourceRecordId, 'x\u001By'",
        "legalBasis, 'line\nbreak'"
    })
    void refusesABadValueNamingItsField(String field, String value) {
        assertEquals(Set.of(field), fieldsAtFault(asSamr, with(field, value)));
    }

    @Test
    void anAgencyReportsEveryCategoryItIsListedFor() {
        assertEquals(Set.of(), fieldsAtFault(asSamr, with("category", "DRUG_SALES")));
    }

    @Test
    void refusesACategoryTheAgencyMayNotReport() {
        RecordSubmission cac = with("agency", "CAC");
        assertEquals(Set.of("category"), fieldsAtFault(asSystemAdmin, cac));
        assertTrue(asSystemAdmin.validate(cac).errors().get(0).message().contains("reported by SAMR"));
    }

    @Test
    void aSystemAdministratorNamesTheAgencyAndAnAgencyAdministratorMayLeaveItOut() {
        assertEquals(Set.of("agency"), fieldsAtFault(asSystemAdmin, with("agency", null)));
        RecordValidator.Outcome own = asSamr.validate(with("agency", null));
        assertTrue(own.isValid());
        assertEquals("SAMR", own.record().agencyCode());
    }

    @Test
    void positiveRecordsHaveNoSeverity() {
        RecordSubmission honour = new RecordSubmission(
                "91110000600037341L", null, "HONOUR", null, "表彰〔2026〕3号", "2026-05-01", "表彰决定", null, null, "honour-1");
        assertTrue(asSamr.validate(honour).isValid());
        RecordSubmission withSeverity = new RecordSubmission(
                "91110000600037341L",
                null,
                "HONOUR",
                "MINOR",
                "表彰〔2026〕3号",
                "2026-05-01",
                "表彰决定",
                null,
                null,
                "honour-1");
        assertEquals(Set.of("severity"), fieldsAtFault(asSamr, withSeverity));
    }

    @Test
    void aWarningIsNeverPublicAndItsPenaltyTypeMustAgree() {
        RecordSubmission warning = new RecordSubmission(
                "91110000600037341L",
                null,
                "FALSE_ADVERTISING",
                "WARNING",
                "警告〔2026〕1号",
                "2026-05-01",
                "广告法第五十五条",
                "WARNING",
                null,
                "w-1");
        assertNull(asSamr.validate(warning).record().publicityEnd());
        assertEquals(
                Set.of("severity", "penaltyType", "penaltyAmount"),
                fieldsAtFault(asSamr, with("severity", "WARNING")),
                "a fine is not a warning: both fields of each inconsistent pair are named");
        assertEquals(
                Set.of("severity", "penaltyType", "penaltyAmount"),
                fieldsAtFault(asSamr, with("penaltyType", "WARNING")),
                "a warning-only penalty is not ORDINARY, and carries no amount");
    }

    @Test
    void theContentHashChangesWithTheContentOnly() {
        String hash = asSamr.validate(valid()).record().contentHash();
        assertEquals(
                hash,
                asSamr.validate(with("penaltyAmount", "20000.00")).record().contentHash());
        assertEquals(hash, asSamr.validate(with("agency", null)).record().contentHash());
        assertNotEquals(
                hash, asSamr.validate(with("penaltyAmount", "20001")).record().contentHash());
        assertNotEquals(
                hash, asSamr.validate(with("legalBasis", "另一条")).record().contentHash());
    }

    // --- publicity follows the penalty (Order 45), not the severity ---

    private static RecordSubmission penalty(String severity, String type, String amount) {
        return new RecordSubmission(
                "91110000600037341L",
                "SAMR",
                "FALSE_ADVERTISING",
                severity,
                "京市监罚〔2026〕9号",
                "2026-05-01",
                "广告法第五十五条",
                type,
                amount == null ? null : new BigDecimal(amount),
                "p-1");
    }

    @ParameterizedTest(name = "{1} of {2} filed as {0} is public until {3}")
    @CsvSource({
        "HEAVY,    NOTICE_OF_CRITICISM, ,      2026-08-01", // the case: 3 months, not 3 years
        "SERIOUS,  FINE,                3000,  2026-08-01", // a small fine whatever the severity
        "MINOR,    FINE,                3000.01, 2029-05-01", // above the default ceiling: 3 years
        "MINOR,    LICENCE_REVOCATION,  ,      2029-05-01", // every other penalty: 3 years
        "MINOR,    CONFISCATION,        800,   2029-05-01",
        "MINOR,    ,                    ,      2026-08-01", // no penalty type: the severity decides
        "ORDINARY, ,                    ,      2029-05-01"
    })
    void thePublicityPeriodFollowsThePenaltyTypeAndAmount(String severity, String type, String amount, LocalDate end) {
        RecordValidator.Outcome outcome = asSamr.validate(penalty(severity, type, amount));
        assertTrue(outcome.isValid(), outcome.errors().toString());
        assertEquals(end, outcome.record().publicityEnd());
        assertEquals(severity, outcome.record().severity().name(), "the severity is kept for the score");
    }

    @Test
    void theSmallFineCeilingIsEachAgencysOwn() {
        RecordValidator strict =
                new RecordValidator(CATEGORIES, AGENCIES, Map.of("SAMR", new BigDecimal("1000")), "SAMR", TODAY);
        assertEquals(
                LocalDate.of(2029, 5, 1),
                strict.validate(penalty("MINOR", "FINE", "2000")).record().publicityEnd());
        assertEquals(
                LocalDate.of(2026, 8, 1),
                strict.validate(penalty("MINOR", "FINE", "1000")).record().publicityEnd());
        assertEquals(
                LocalDate.of(2026, 8, 1),
                asSamr.validate(penalty("MINOR", "FINE", "2000")).record().publicityEnd(),
                "under the default ceiling of 3,000");
    }

    @ParameterizedTest(name = "{0} / {1} / {2} is refused naming {3}")
    @CsvSource({
        "ORDINARY, FINE,                ,    penaltyType penaltyAmount", // a fine without its amount
        "HEAVY,    NOTICE_OF_CRITICISM, 500, penaltyType penaltyAmount", // a notice of criticism carries no amount
        "MINOR,    WARNING,             ,    penaltyType severity", // a warning is never public
        "WARNING,  NOTICE_OF_CRITICISM, ,    penaltyType severity"
    })
    void anInconsistentPairIsRefusedNamingBothFields(String severity, String type, String amount, String fields) {
        assertEquals(Set.of(fields.split(" ")), fieldsAtFault(asSamr, penalty(severity, type, amount)));
    }
}
