package com.verticallight.content;

import java.time.LocalDate;
import java.util.List;

public record Festival(String key, String name, LocalDate date, String country, List<String> themes) {
}
