package com.verticallight.business;

import com.verticallight.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/** A business location: where it is, what it is, how it reaches customers and how it is doing. */
@Entity
@Table(name = "business")
public class Business extends TenantOwned {

    public String name;

    @Convert(converter = JsonColumns.CategoryColumn.class)
    public Category category;

    @Column(name = "address_line")
    public String addressLine;

    public String city;

    @Column(name = "postal_code")
    public String postalCode;

    public String country;

    public double latitude;

    public double longitude;

    @Column(name = "service_radius_km")
    public double serviceRadiusKm;

    @Column(name = "monthly_budget_minor")
    public long monthlyBudgetMinor;

    @Column(name = "budget_currency")
    public String budgetCurrency;

    public String language;

    @Column(name = "time_zone")
    public String timeZone;

    public String phone;

    public String email;

    public String website;

    @Column(name = "gbp_location_id")
    public String googleBusinessLocationId;

    @Column(name = "facebook_page_id")
    public String facebookPageId;

    @Column(name = "instagram_account_id")
    public String instagramAccountId;

    @Column(name = "whatsapp_number")
    public String whatsappNumber;

    @Column(name = "monthly_revenue_minor")
    public Long monthlyRevenueMinor;

    @Column(name = "customer_count")
    public Integer customerCount;

    @Column(name = "average_order_value_minor")
    public Long averageOrderValueMinor;

    @Convert(converter = JsonColumns.OperatingHoursColumn.class)
    @Column(name = "operating_hours")
    public Map<DayOfWeek, List<OpeningPeriod>> operatingHours;

    @Convert(converter = JsonColumns.CategoryConfigColumn.class)
    @Column(name = "category_config")
    public CategoryConfig categoryConfig;

    @Column(name = "quiet_hours_start")
    public LocalTime quietHoursStart;

    @Column(name = "quiet_hours_end")
    public LocalTime quietHoursEnd;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** The key in the URL of this business's public lead form. */
    @Column(name = "lead_form_key")
    public String leadFormKey;

    @Version
    public int version;
}
