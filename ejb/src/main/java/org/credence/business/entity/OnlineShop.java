package org.credence.business.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** One shop of a business on an online platform; a platform's shop id belongs to one business only. */
@Embeddable
public class OnlineShop {

    @Column(name = "platform", nullable = false, length = 32)
    private String platform;

    @Column(name = "shop_id", nullable = false, length = 64)
    private String shopId;

    @Column(name = "shop_url", length = 500)
    private String shopUrl;

    protected OnlineShop() {}

    public OnlineShop(String platform, String shopId, String shopUrl) {
        this.platform = platform;
        this.shopId = shopId;
        this.shopUrl = shopUrl;
    }

    public String platform() {
        return platform;
    }

    public String shopId() {
        return shopId;
    }

    public String shopUrl() {
        return shopUrl;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OnlineShop other
                && platform.equals(other.platform)
                && shopId.equals(other.shopId)
                && Objects.equals(shopUrl, other.shopUrl);
    }

    @Override
    public int hashCode() {
        return Objects.hash(platform, shopId);
    }
}
