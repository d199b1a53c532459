package com.verticallight.execution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** Minutes a person would need for a task type by hand; reference data maintained by migrations. */
@Entity
@Immutable
@Table(name = "task_baseline")
public class TaskBaseline {

    @Id
    @Column(name = "task_type")
    public String taskType;

    public int minutes;

    public String description;
}
