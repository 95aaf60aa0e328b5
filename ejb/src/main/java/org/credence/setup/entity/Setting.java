package org.credence.setup.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A named fact about this installation, such as which demo dataset was loaded. */
@Entity
@Table(name = "setting")
public class Setting {

    public static final String DEMO_DATASET = "demo-dataset";

    @Id
    @Column(name = "name", length = 100)
    private String name;

    @Column(name = "setting_value", nullable = false, length = 1000)
    private String value;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected Setting() {}

    public Setting(String name, String value, LocalDateTime now) {
        this.name = name;
        this.value = value;
        this.updatedAt = now;
    }

    public String value() {
        return value;
    }
}
