package org.credence.setup.control;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.credence.inspection.control.DirectoryEntries;
import org.credence.inspection.entity.InspectorEntry;
import org.credence.inspection.entity.Item;
import org.credence.inspection.entity.Qualification;
import org.credence.inspection.entity.Scope;

/**
 * The demo's item list and inspector directory: three items of market regulation and cyberspace,
 * eight market-regulation and four cyberspace inspectors (three of them with demo logins), written as the
 * directory writes them ({@link DirectoryEntries}).
 */
public final class DemoInspections {

    private DemoInspections() {}

    /** Writes the demo's items and inspectors as the directory writes them. */
    public static void load(DirectoryEntries entries, LocalDate today, String by, LocalDateTime now) {
        items().forEach(item -> entries.insert(item, by, now));
        DirectoryEntries.ItemCodes codes = entries.itemCodes();
        inspectors(today).forEach(inspector -> entries.insert(inspector, codes, by, now));
    }

    /** The demo's three items. */
    public static List<Item> items() {
        return List.of(
                new Item(
                        0,
                        "SAMR-ECOM-01",
                        "电子商务经营者主体信息公示 E-commerce operators' disclosure of business information",
                        "《电子商务法》第十五条 E-Commerce Law art. 15",
                        1,
                        "SAMR",
                        "KEY",
                        "ONLINE_MONITORING",
                        Scope.ANY,
                        null,
                        2,
                        0),
                new Item(
                        0,
                        "SAMR-ADS-02",
                        "互联网广告发布 Internet advertising",
                        "《广告法》第四十四条、第四十九条 Advertising Law arts. 44 and 49",
                        1,
                        "SAMR",
                        "GENERAL",
                        "ON_SITE",
                        Scope.ANY,
                        3000,
                        1,
                        0),
                new Item(
                        0,
                        "CAC-PI-01",
                        "个人信息保护合规 Personal information protection compliance",
                        "《个人信息保护法》第六十四条 Personal Information Protection Law art. 64",
                        2,
                        "CAC",
                        "KEY",
                        "ONLINE_MONITORING",
                        Scope.ANY,
                        null,
                        1,
                        0));
    }

    /** The demo's twelve inspectors, qualified from a year before {@code today} to two years after. */
    public static List<InspectorEntry> inspectors(LocalDate today) {
        List<InspectorEntry> inspectors = new ArrayList<>();
        List<String> everywhere = List.of("1", "2", "3", "4", "5", "6");
        for (int i = 1; i <= 8; i++) {
            String user = i == 1 ? "inspector" : i == 2 ? "inspector2" : null;
            inspectors.add(inspector(
                    "SAMR-%04d".formatted(i),
                    "市场监管检查员 " + i,
                    1,
                    "SAMR",
                    i <= 4 ? everywhere : List.of("33", "44", "31"),
                    user,
                    List.of("SAMR-ECOM-01", "SAMR-ADS-02"),
                    today));
        }
        for (int i = 1; i <= 4; i++) {
            inspectors.add(inspector(
                    "CAC-%04d".formatted(i),
                    "网信检查员 " + i,
                    2,
                    "CAC",
                    everywhere,
                    i == 1 ? "cac-inspector" : null,
                    List.of("CAC-PI-01"),
                    today));
        }
        return inspectors;
    }

    private static InspectorEntry inspector(
            String code,
            String name,
            long agencyId,
            String agency,
            List<String> jurisdiction,
            String username,
            List<String> items,
            LocalDate today) {
        List<Qualification> qualifications = items.stream()
                .map(item -> new Qualification(item, today.minusYears(1), today.plusYears(2)))
                .toList();
        return new InspectorEntry(
                0,
                code,
                name,
                agencyId,
                agency,
                jurisdiction,
                "执法证 " + code,
                today.plusYears(3),
                "ACTIVE",
                50,
                username,
                qualifications,
                0);
    }
}
