package com.verticallight.analytics;

import com.fasterxml.jackson.core.type.TypeReference;
import com.verticallight.analytics.AnalyticsViews.ModelView;
import com.verticallight.analytics.AnalyticsViews.PredictionView;
import com.verticallight.analytics.AnalyticsViews.VersionView;
import com.verticallight.analytics.model.AnalyticsModel;
import com.verticallight.analytics.model.ModelVersion;
import com.verticallight.analytics.model.PredictionRecord;
import com.verticallight.platform.json.JsonText;
import com.verticallight.i18n.Languages;
import com.verticallight.i18n.StoredWords;
import java.util.List;
import java.util.Locale;
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
        return model(m, latest, deployed, Languages.ENGLISH);
    }

    /** With the words kept in its versions' metrics (segment descriptions) in the reader's language. */
    static ModelView model(AnalyticsModel m, ModelVersion latest, ModelVersion deployed, Locale locale) {
        return new ModelView(m.id, m.businessId, m.name, m.kind, m.algorithm, m.target, JsonText.read(m.features, LIST),
                m.trainingWindowDays, m.status, m.deployedVersion, m.retrainEveryDays, m.driftThreshold,
                m.predictionThreshold, m.createdBy, m.createdAt, m.updatedAt,
                latest == null ? null : version(latest, m, locale),
                deployed == null ? null : written(deployed.metrics, locale));
    }

    static VersionView version(ModelVersion v, AnalyticsModel m) {
        return version(v, m, Languages.ENGLISH);
    }

    static VersionView version(ModelVersion v, AnalyticsModel m, Locale locale) {
        return new VersionView(v.number, v.status, v.reason, v.progress, v.jobId, v.dataFrom, v.dataTo, v.rowCount,
                written(v.metrics, locale), map(v.decision), v.error,
                m.deployedVersion != null && m.deployedVersion == v.number && m.status == com.verticallight.analytics.model.ModelStatus.DEPLOYED,
                v.createdAt, v.startedAt, v.finishedAt);
    }

    static PredictionView prediction(PredictionRecord p, Locale locale) {
        return new PredictionView(p.id, p.modelId, p.versionNumber, p.prediction, p.value, p.confidence,
                written(p.details, locale), p.targetDate, p.correct, p.actual, p.feedbackAt, p.createdAt);
    }

    static Map<String, Object> map(String json) {
        return json == null ? null : JsonText.read(json, MAP);
    }

    /** A stored document as a reader sees it: the words kept in it written in their language. */
    static Map<String, Object> written(String json, Locale locale) {
        return StoredWords.written(map(json), locale);
    }
}
