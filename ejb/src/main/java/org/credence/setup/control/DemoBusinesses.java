package org.credence.setup.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.credence.business.boundary.BusinessDescription;
import org.credence.business.boundary.ShopListing;
import org.credence.business.entity.BusinessStatus;
import org.credence.business.entity.EntityType;
import org.credence.business.entity.Uscc;

/**
 * A reproducible population of online businesses for demonstrations: the same seed always yields
 * the same businesses, so documentation can name sample codes. Every code passes the GB 32100 check.
 */
public final class DemoBusinesses {

    /** The two codes the domain notes use as valid examples; they lead the demo population. */
    public static final List<String> DOCUMENTED_CODES = List.of("91110000600037341L", "91350100M000100Y43");

    private record Region(String code, String city) {
    }

    private static final List<Region> REGIONS = List.of(
            new Region("110105", "北京"), new Region("310115", "上海"), new Region("330106", "杭州"),
            new Region("440305", "深圳"), new Region("350102", "福州"), new Region("510107", "成都"),
            new Region("420106", "武汉"), new Region("320106", "南京"), new Region("370102", "济南"),
            new Region("410105", "郑州"));

    /** The regions that the documented codes carry in positions 3 to 8. */
    private static final List<Region> DOCUMENTED_REGIONS = List.of(new Region("110000", "北京"), new Region("350100", "福州"));

    private static final List<String> PLATFORMS = List.of(
            "taobao", "tmall", "jd", "pinduoduo", "douyin", "kuaishou", "meituan", "xiaohongshu");

    private static final List<String> WORDS = List.of(
            "星辰", "瑞丰", "宏远", "佳品", "优选", "汇通", "云上", "鑫源", "嘉禾", "博雅",
            "锦程", "青禾", "万象", "乐购", "百味", "晨曦", "天成", "华美", "远航", "同心");

    private record Trade(String industryCode, String noun) {
    }

    private static final List<Trade> TRADES = List.of(
            new Trade("F5292", "电子商务"), new Trade("F5123", "食品"), new Trade("F5137", "服饰"),
            new Trade("F5176", "数码科技"), new Trade("F5251", "母婴用品"), new Trade("F5134", "化妆品"),
            new Trade("F5153", "医药"), new Trade("F5193", "农产品"), new Trade("F5178", "家居用品"),
            new Trade("F5149", "宠物用品"));

    private DemoBusinesses() {
    }

    public static List<BusinessDescription> generate(int count, long seed) {
        Random random = new Random(seed);
        List<BusinessDescription> businesses = new ArrayList<>(count);
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < count; i++) {
            Region region = i < DOCUMENTED_REGIONS.size() ? DOCUMENTED_REGIONS.get(i) : REGIONS.get(random.nextInt(REGIONS.size()));
            Trade trade = TRADES.get(random.nextInt(TRADES.size()));
            EntityType type = i < DOCUMENTED_CODES.size() ? EntityType.ENTERPRISE : typeOf(random.nextInt(20));
            String uscc = i < DOCUMENTED_CODES.size() ? DOCUMENTED_CODES.get(i) : newCode(random, type, region, codes);
            codes.add(uscc);
            String word = WORDS.get(random.nextInt(WORDS.size()));
            String name = switch (type) {
                case ENTERPRISE -> region.city() + word + trade.noun() + "有限公司";
                case INDIVIDUAL_BUSINESS -> region.city() + "市" + word + trade.noun() + "商行";
                case FARMERS_COOPERATIVE -> region.city() + word + "农产品专业合作社";
                case OTHER -> region.city() + word + trade.noun() + "服务中心";
            };
            businesses.add(new BusinessDescription(uscc, null, null, name, type, region.code(), trade.industryCode(),
                    random.nextInt(25) == 0 ? BusinessStatus.SUSPENDED : BusinessStatus.OPERATING,
                    shops(random, i)));
        }
        return businesses;
    }

    private static EntityType typeOf(int roll) {
        if (roll < 13) {
            return EntityType.ENTERPRISE;
        }
        return roll < 19 ? EntityType.INDIVIDUAL_BUSINESS : EntityType.FARMERS_COOPERATIVE;
    }

    /** Authority 9 (market regulation), the entity-type digit, the region, a random organisation code, the check character. */
    private static String newCode(Random random, EntityType type, Region region, Set<String> taken) {
        char typeDigit = switch (type) {
            case INDIVIDUAL_BUSINESS -> '2';
            case FARMERS_COOPERATIVE -> '3';
            default -> '1';
        };
        while (true) {
            StringBuilder code = new StringBuilder("9").append(typeDigit).append(region.code());
            for (int k = 0; k < 9; k++) {
                code.append(Uscc.ALPHABET.charAt(random.nextInt(Uscc.ALPHABET.length())));
            }
            code.append(Uscc.checkCharacter(code.toString()));
            if (!taken.contains(code.toString())) {
                return code.toString();
            }
        }
    }

    private static List<ShopListing> shops(Random random, int index) {
        int n = 1 + random.nextInt(3);
        List<ShopListing> shops = new ArrayList<>(n);
        int first = random.nextInt(PLATFORMS.size());
        for (int k = 0; k < n; k++) {
            String platform = PLATFORMS.get((first + k) % PLATFORMS.size());
            String shopId = String.valueOf(100000 + index * 10 + k);
            shops.add(new ShopListing(platform, shopId, "https://" + platform + ".example/shop/" + shopId));
        }
        return shops;
    }
}
