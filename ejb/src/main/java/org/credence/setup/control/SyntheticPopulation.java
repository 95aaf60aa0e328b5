package org.credence.setup.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.credence.business.boundary.BusinessDescription;
import org.credence.business.boundary.ShopListing;
import org.credence.business.entity.BusinessStatus;
import org.credence.business.entity.EntityType;
import org.credence.business.entity.Uscc;
import org.credence.violation.control.RecordValidator.CategoryRule;
import org.credence.violation.entity.Polarity;
import org.credence.violation.entity.RecordSubmission;
import org.credence.violation.entity.Severity;

/**
 * A reproducible population of online businesses and their records, for the demo (a few hundred
 * businesses) and for benchmarks (a million businesses, five million records). Business {@code i}
 * depends only on the seed and {@code i}, so any slice can be generated alone; every USCC is valid
 * and unique (the organisation code is an affine bijection of {@code i}); the first two businesses
 * carry the codes the domain notes use as examples.
 *
 * <p>Records are skewed as supervision data is: about 70 % of businesses have none, 20 % a few,
 * 8 % repeat offences and 2 % a heavy tail of dozens to hundreds; a tenth are positive records.
 * Businesses are filled in order until the requested number of records is reached.
 */
public final class SyntheticPopulation {

    public static final List<String> DOCUMENTED_CODES = List.of("91110000600037341L", "91350100M000100Y43");

    private record Region(String code, String city, int weight) {}

    /** County-level divisions weighted towards the provinces where online trade concentrates. */
    private static final List<Region> REGIONS = List.of(
            new Region("330106", "杭州", 9),
            new Region("330108", "杭州", 6),
            new Region("330782", "义乌", 8),
            new Region("330203", "宁波", 4),
            new Region("440305", "深圳", 8),
            new Region("440106", "广州", 7),
            new Region("440604", "佛山", 3),
            new Region("441900", "东莞", 4),
            new Region("310115", "上海", 7),
            new Region("310104", "上海", 3),
            new Region("320106", "南京", 3),
            new Region("320508", "苏州", 4),
            new Region("110105", "北京", 6),
            new Region("110108", "北京", 4),
            new Region("350102", "福州", 2),
            new Region("350203", "厦门", 3),
            new Region("350582", "晋江", 3),
            new Region("370102", "济南", 2),
            new Region("370202", "青岛", 2),
            new Region("410105", "郑州", 2),
            new Region("420106", "武汉", 3),
            new Region("430104", "长沙", 2),
            new Region("510107", "成都", 3),
            new Region("500103", "重庆", 2),
            new Region("610113", "西安", 2),
            new Region("340104", "合肥", 2),
            new Region("360102", "南昌", 1),
            new Region("450103", "南宁", 1),
            new Region("530102", "昆明", 1),
            new Region("210106", "沈阳", 1));

    private static final int REGION_WEIGHT =
            REGIONS.stream().mapToInt(Region::weight).sum();

    private static final List<String> PLATFORMS = List.of(
            "taobao", "tmall", "jd", "pinduoduo", "douyin", "kuaishou", "meituan", "xiaohongshu", "weidian", "vipshop");

    private static final List<String> WORDS = List.of(
            "星辰", "瑞丰", "宏远", "佳品", "优选", "汇通", "云上", "鑫源", "嘉禾", "博雅", "锦程", "青禾", "万象", "乐购", "百味", "晨曦", "天成", "华美",
            "远航", "同心");

    private record Trade(String industryCode, String noun) {}

    private static final List<Trade> TRADES = List.of(
            new Trade("F5292", "电子商务"),
            new Trade("F5123", "食品"),
            new Trade("F5137", "服饰"),
            new Trade("F5176", "数码科技"),
            new Trade("F5251", "母婴用品"),
            new Trade("F5134", "化妆品"),
            new Trade("F5153", "医药"),
            new Trade("F5193", "农产品"),
            new Trade("F5178", "家居用品"),
            new Trade("F5149", "宠物用品"));

    private static final long ORGANISATION_CODES = pow31(9);
    private static final long MULTIPLIER = 7_046_029_254_386_353L % ORGANISATION_CODES; // not divisible by 31
    private static final long OFFSET = 1_234_567_890_123L;

    private final long seed;
    private final int businesses;

    public SyntheticPopulation(long seed, int businesses) {
        if (businesses < DOCUMENTED_CODES.size()) {
            throw new IllegalArgumentException("at least " + DOCUMENTED_CODES.size() + " businesses");
        }
        this.seed = seed;
        this.businesses = businesses;
    }

    public int size() {
        return businesses;
    }

    /** Business {@code i} (0-based). */
    public BusinessDescription business(int i) {
        SplittableRandom random = randomFor(i, 1);
        Region region = i < DOCUMENTED_CODES.size() ? documentedRegion(i) : region(random.nextInt(REGION_WEIGHT));
        Trade trade = TRADES.get(random.nextInt(TRADES.size()));
        EntityType type = i < DOCUMENTED_CODES.size() ? EntityType.ENTERPRISE : typeOf(random.nextInt(20));
        String uscc = i < DOCUMENTED_CODES.size() ? DOCUMENTED_CODES.get(i) : code(i, type, region);
        String word = WORDS.get(random.nextInt(WORDS.size()));
        String name = switch (type) {
            case ENTERPRISE -> region.city() + word + trade.noun() + "有限公司";
            case INDIVIDUAL_BUSINESS -> region.city() + "市" + word + trade.noun() + "商行";
            case FARMERS_COOPERATIVE -> region.city() + word + "农产品专业合作社";
            case OTHER -> region.city() + word + trade.noun() + "服务中心";
        };
        BusinessStatus status = random.nextInt(25) == 0 ? BusinessStatus.SUSPENDED : BusinessStatus.OPERATING;
        return new BusinessDescription(
                uscc, null, null, name, type, region.code(), trade.industryCode(), status, shops(random, i));
    }

    /**
     * Feeds up to {@code count} records, business by business, decided in the four years before
     * {@code asOf}, with categories drawn from the catalogue and each reported by one of its agencies.
     */
    public void records(
            long count, LocalDate asOf, Map<String, CategoryRule> catalogue, Consumer<RecordSubmission> sink) {
        List<CategoryRule> negative = catalogue.values().stream()
                .filter(c -> c.polarity() == Polarity.NEGATIVE)
                .sorted(Comparator.comparing(CategoryRule::code))
                .toList();
        List<CategoryRule> positive = catalogue.values().stream()
                .filter(c -> c.polarity() == Polarity.POSITIVE)
                .sorted(Comparator.comparing(CategoryRule::code))
                .toList();
        long produced = 0;
        for (int i = 0; i < businesses && produced < count; i++) {
            SplittableRandom random = randomFor(i, 2);
            int n = recordsOf(random);
            String uscc = i < DOCUMENTED_CODES.size() ? DOCUMENTED_CODES.get(i) : null;
            for (int k = 0; k < n && produced < count; k++, produced++) {
                if (uscc == null) {
                    uscc = business(i).uscc();
                }
                boolean isPositive = !positive.isEmpty() && random.nextInt(10) == 0;
                CategoryRule category = isPositive
                        ? positive.get(random.nextInt(positive.size()))
                        : negative.get(random.nextInt(negative.size()));
                List<String> reporters = category.reporters().stream().sorted().toList();
                String agency = reporters.get(random.nextInt(reporters.size()));
                LocalDate decided = asOf.minusDays(random.nextInt(4 * 365));
                Severity severity = isPositive ? null : severity(random);
                String penaltyType = null;
                BigDecimal amount = null;
                if (severity == Severity.WARNING) {
                    penaltyType = "WARNING";
                } else if (severity == Severity.MINOR) {
                    penaltyType = random.nextBoolean() ? "NOTICE_OF_CRITICISM" : "FINE";
                    // a minor fine is a small fine (at most the default ceiling of 3,000 yuan): public for 3 months
                    amount = "FINE".equals(penaltyType) ? BigDecimal.valueOf(200 + random.nextInt(2801)) : null;
                } else if (severity != null) {
                    penaltyType = random.nextInt(5) == 0 ? "CONFISCATION" : "FINE";
                    amount = BigDecimal.valueOf(5_000L + random.nextInt(500_000));
                }
                sink.accept(new RecordSubmission(
                        uscc,
                        agency,
                        category.code(),
                        severity == null ? null : severity.name(),
                        agency + (isPositive ? "表〔" : "罚〔") + decided.getYear() + "〕" + (i * 100 + k) + "号",
                        decided.toString(),
                        isPositive ? "表彰决定" : "《中华人民共和国电子商务法》及相关法律法规",
                        penaltyType,
                        amount,
                        "SYN-" + i + "-" + k));
            }
        }
    }

    private static int recordsOf(SplittableRandom random) {
        int roll = random.nextInt(100);
        if (roll < 70) {
            return 0;
        }
        if (roll < 90) {
            return 1 + random.nextInt(4);
        }
        if (roll < 98) {
            return 5 + random.nextInt(26);
        }
        return 60 + random.nextInt(281);
    }

    private static Severity severity(SplittableRandom random) {
        int roll = random.nextInt(100);
        if (roll < 10) {
            return Severity.WARNING;
        }
        if (roll < 40) {
            return Severity.MINOR;
        }
        if (roll < 75) {
            return Severity.ORDINARY;
        }
        return roll < 97 ? Severity.HEAVY : Severity.SERIOUS;
    }

    private SplittableRandom randomFor(int i, int stream) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i * 31L + stream);
    }

    private static Region region(int roll) {
        for (Region region : REGIONS) {
            roll -= region.weight();
            if (roll < 0) {
                return region;
            }
        }
        throw new IllegalStateException("weights");
    }

    private static Region documentedRegion(int i) {
        return i == 0 ? new Region("110000", "北京", 0) : new Region("350100", "福州", 0);
    }

    private static EntityType typeOf(int roll) {
        if (roll < 13) {
            return EntityType.ENTERPRISE;
        }
        return roll < 19 ? EntityType.INDIVIDUAL_BUSINESS : EntityType.FARMERS_COOPERATIVE;
    }

    /** Authority 9 (market regulation), the entity-type digit, the region, a unique organisation code, the check. */
    private static String code(int i, EntityType type, Region region) {
        char typeDigit = switch (type) {
            case INDIVIDUAL_BUSINESS -> '2';
            case FARMERS_COOPERATIVE -> '3';
            default -> '1';
        };
        long organisation = (mulMod(MULTIPLIER, i, ORGANISATION_CODES) + OFFSET) % ORGANISATION_CODES;
        char[] digits = new char[9];
        for (int k = 8; k >= 0; k--) {
            digits[k] = Uscc.ALPHABET.charAt((int) (organisation % 31));
            organisation /= 31;
        }
        String first17 = "9" + typeDigit + region.code() + new String(digits);
        return first17 + Uscc.checkCharacter(first17);
    }

    private static long mulMod(long a, long b, long m) {
        return java.math.BigInteger.valueOf(a)
                .multiply(java.math.BigInteger.valueOf(b))
                .mod(java.math.BigInteger.valueOf(m))
                .longValue();
    }

    private static List<ShopListing> shops(SplittableRandom random, int index) {
        int n = 1 + random.nextInt(3);
        List<ShopListing> shops = new ArrayList<>(n);
        int first = random.nextInt(PLATFORMS.size());
        for (int k = 0; k < n; k++) {
            String platform = PLATFORMS.get((first + k) % PLATFORMS.size());
            String shopId = String.valueOf(100_000L + index * 10L + k);
            shops.add(new ShopListing(platform, shopId, "https://" + platform + ".example/shop/" + shopId));
        }
        return shops;
    }

    private static long pow31(int n) {
        long p = 1;
        for (int k = 0; k < n; k++) {
            p *= 31;
        }
        return p;
    }
}
