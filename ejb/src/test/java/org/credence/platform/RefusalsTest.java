package org.credence.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.credence.violation.entity.Severity;
import org.junit.jupiter.api.Test;

class RefusalsTest {

    @Test
    void aRatioRefusalSaysPercentInEitherLanguage() {
        Message m = Message.of("ratio-exceeds-item", new Message.Percent(5000), "SAMR-0001", new Message.Percent(3000));
        assertEquals("50 % exceeds general item SAMR-0001's maximum of 30 %", m.english());
        assertEquals("50% 超过一般事项 SAMR-0001 的最高比例 30%", m.in(Locale.SIMPLIFIED_CHINESE));
        assertEquals("12.5 %", Refusals.text(Message.of("as-given", new Message.Percent(1250)), Locale.ENGLISH));
    }

    @Test
    void datesAreWrittenAsTheReaderWritesThem() {
        Message m = Message.of("is-before-the-draw-on", LocalDate.of(2026, 12, 4));
        assertEquals("is before the draw on 2026-12-04", m.english());
        assertEquals("早于抽取日期 2026年12月4日", m.in(Locale.CHINA));
    }

    @Test
    void enumeratedValuesAreListedByTheirLabels() {
        Message m = Message.of("is-required-one-of", List.of(Severity.values()));
        assertEquals("is required: one of warning, minor, ordinary, heavy, serious", m.english());
        assertEquals("必须填写：以下之一：警告、轻微、一般、较重、严重", m.in(Locale.CHINESE));
        Message coded = Message.of("plan-is-already", 7L, new Message.Value("PlanStatus", "CANCELLED"));
        assertEquals("计划 7 已是“已撤销”状态。", coded.in(Locale.SIMPLIFIED_CHINESE));
        assertEquals("Plan 7 is already cancelled.", coded.english());
    }

    @Test
    void numbersAreNotGroupedAndNestedMessagesFollowTheLanguage() {
        Message inner = Message.of("is-required");
        Message outer = Message.of("detail.one-field", "name", inner);
        assertEquals("name: is required", outer.english());
        assertEquals("name：必须填写", outer.in(Locale.SIMPLIFIED_CHINESE));
        assertEquals(
                "There is no model 123456.",
                Message.of("there-is-no-model", 123456L).english());
    }

    @Test
    void anyOtherLanguageIsAnsweredInEnglish() {
        assertEquals(Locale.ENGLISH, Refusals.supported(Locale.FRENCH));
        assertEquals(Refusals.CHINESE, Refusals.supported(Locale.TRADITIONAL_CHINESE));
        assertEquals(
                Refusals.CHINESE, Refusals.choose(List.of(Locale.FRENCH, Locale.forLanguageTag("zh"), Locale.ENGLISH)));
        assertEquals(Locale.ENGLISH, Refusals.choose(List.of(Locale.forLanguageTag("en-GB"), Locale.CHINA)));
        assertEquals(Locale.ENGLISH, Refusals.choose(List.of()));
    }

    @Test
    void aRefusalKeepsItsEnglishMessageForClientsThatReadIt() {
        InvalidRequestException e = new InvalidRequestException(
                "completedOn", Message.of("is-before-the-draw-on", LocalDate.of(2026, 12, 4)));
        assertEquals("completedOn: is before the draw on 2026-12-04", e.getMessage());
        assertEquals("completedOn：早于抽取日期 2026年12月4日", e.detail(Locale.CHINA));
        assertEquals("请求无效", e.title(Locale.CHINA));
        assertEquals("is before the draw on 2026-12-04", e.errors().get(0).message());
        assertEquals("早于抽取日期 2026年12月4日", e.errors().get(0).message(Locale.CHINA));
    }
}
