package com.verticallight.crm;

/** Who a contact is, for a list that shows who wrote: the name and the phone in E.164 (either may be null). */
public record ContactCard(String name, String phone) {
}
