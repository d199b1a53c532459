package com.verticallight.execution;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import org.hibernate.annotations.Immutable;

/** Step-by-step help for work that needs a person; shared reference data maintained by migrations. */
@Entity
@Immutable
@Table(name = "guidance")
public class Guidance {

    @Id
    public String key;

    public String title;

    public String category;

    @Convert(converter = TextListColumn.class)
    public List<String> steps;

    @Convert(converter = TextListColumn.class)
    public List<String> checklist;

    @Convert(converter = TextListColumn.class)
    @Column(name = "talking_points")
    public List<String> talkingPoints;

    @Column(name = "estimated_minutes")
    public int estimatedMinutes;

    @Column(name = "potential_impact")
    public String potentialImpact;
}
