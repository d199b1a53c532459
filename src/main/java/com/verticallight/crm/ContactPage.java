package com.verticallight.crm;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ContactPage", description = "One page of contacts and how many match in all")
public record ContactPage(List<ContactView> items, long total, int limit, int offset) {
}
