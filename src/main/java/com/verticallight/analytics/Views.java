package com.verticallight.analytics;

import com.fasterxml.jackson.core.type.TypeReference;
import com.verticallight.analytics.AnalyticsViews.ModelView;
import com.verticallight.analytics.AnalyticsViews.PredictionView;
import com.verticallight.analytics.AnalyticsViews.VersionView;
import com.verticallight.analytics.model.AnalyticsModel;
import com.verticallight.analytics.model.ModelVersion;
import com.verticallight.analytics.model.PredictionRecord;
import com.verticallight.platform.json.JsonText;
import java.util.List;
import java.util.Map;

/** Entities to API records. */
final class Views {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> LIST = new TypeReference<>() {
    };

    private Views() {
    }

    static ModelView model(AnalyticsModel m, ModelVersion latest, ModelVersion deployed) {
        return new ModelView(m.id, m.businessId, m.name, m.kind, m.algorithm, m.target, JsonText.read(m.features, LIST),
                m.trainingWindowDays, m.status, m.deployedVersion, m.retrainEveryDays, m.driftThreshold,
                m.predictionThreshold, m.createdBy, m.createdAt, m.updatedAt,
                latest == null ? null : version(latest, m), deployed == null ? null : map(deployed.metrics));
    }

    static VersionView version(ModelVersion v, AnalyticsModel m) {
        return new VersionView(v.number, v.status, v.reason, v.progress, v.jobId, v.dataFrom, v.dataTo, v.rowCount,
                map(v.metrics), map(v.decision), v.error,
                m.deployedVersion != null && m.deployedVersion == v.number && m.status == com.verticallight.analytics.model.ModelStatus.DEPLOYED,
                v.createdAt, v.startedAt, v.finishedAt);
    }

    static PredictionView prediction(PredictionRecord p) {
        return new PredictionView(p.id, p.modelId, p.versionNumber, p.prediction, p.value, p.confidence,
                map(p.details), p.targetDate, p.correct, p.actual, p.feedbackAt, p.createdAt);
    }

    static Map<String, Object> map(String json) {
        return json == null ? null : JsonText.read(json, MAP);
    }
}
