package org.credence.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.credence.violation.entity.ListType;
import org.credence.web.Language;
import org.junit.jupiter.api.Test;

class LabelsTest {

    /** Labels in a language; outside a Faces request the language is chosen without switching a view. */
    private static Labels in(String tag) {
        Labels labels = new Labels();
        java.util.Locale locale = "en".equals(tag) ? java.util.Locale.ENGLISH : Language.CHINESE;
        labels.language = new Language() {
            @Override
            public java.util.Locale getLocale() {
                return locale;
            }
        };
        return labels;
    }

    @Test
    void enumerationsAndCodesReadAsTheirLabelsInEitherLanguage() {
        assertEquals("严重违法失信名单", in("zh_CN").of(ListType.SERIOUS_ILLEGAL));
        assertEquals("Serious illegal and dishonest list", in("en").of(ListType.SERIOUS_ILLEGAL));
        assertEquals("已抽取", in("zh_CN").code("draw.status", "DRAWN"));
        assertEquals("Enterprise, Other", in("en").code("entityType", List.of("ENTERPRISE", "OTHER")));
        assertEquals(
                "NO_SUCH_CODE",
                in("en").code("draw.status", "NO_SUCH_CODE"),
                "a code without a label stays visible to the scan");
    }

    @Test
    void mapsOfGradesReadAsListsAndRatiosAsPercent() {
        Map<String, Integer> ratios = new LinkedHashMap<>();
        ratios.put("A", 2000);
        ratios.put("B", 3000);
        assertEquals("A 20%、B 30%", in("zh_CN").percents(ratios));
        assertEquals("A 2,000, B 3,000", in("en").of(ratios));
    }

    @Test
    void regionsReadAsPlaceNamesWithTheCodeWhereTheReaderNeedsIt() {
        assertEquals("北京市 朝阳区", in("zh_CN").region("110105"));
        assertEquals("北京市 朝阳区 (110105)", in("en").region("110105"), "no English names in the dataset");
        assertEquals("北京市 朝阳区（110105）", in("zh_CN").regionWithCode("110105"));
        assertEquals("浙江省 杭州市（3301）、华东地区（3）", in("zh_CN").regions(List.of("3301", "3")));
        assertEquals("999999", in("zh_CN").region("999999"));
    }

    @Test
    void whatTheDrawAndTheIntakeWroteInEnglishIsTranslated() {
        assertEquals("可派检查人员 1 名，检查组需 2 名", in("zh_CN").unstaffed("1 eligible inspector for a team of 2"));
        assertEquals("对象池 1,234 户", in("zh_CN").jobDetail("1234 in the pool"));
        assertEquals(
                "收到 5 条，新增 3 条，未变 1 条，拒绝 1 条；未写入任何记录",
                in("zh_CN").jobDetail("received 5, created 3, unchanged 1, refused 1; nothing written"));
        assertEquals("（试运行） records.csv", in("zh_CN").jobLabel("[dry run] records.csv"));
        assertEquals("something else", in("zh_CN").jobDetail("something else"));
    }

    @Test
    void aJobsSummaryIsShownInTheLanguageItWasKeptIn() {
        var job = new org.credence.overview.boundary.Overview.Job(
                "INTAKE",
                "records.csv",
                "samr-admin",
                null,
                null,
                0,
                null,
                "FAILED",
                "refused: the file is not valid CSV",
                "被拒绝：文件不是有效的 CSV",
                null,
                false);
        assertEquals("被拒绝：文件不是有效的 CSV", in("zh_CN").jobSummary(job));
        assertEquals("refused: the file is not valid CSV", in("en").jobSummary(job));
    }
}
