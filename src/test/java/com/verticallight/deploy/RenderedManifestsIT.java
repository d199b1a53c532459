package com.verticallight.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.databind.MappingIterator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * The manifests quarkus-kubernetes renders at package time (target/kubernetes/kubernetes.yml) and the copy kept in
 * k8s/: two or more replicas, every pod reading the same credentials key and webhook secrets from one Secret, a
 * PodDisruptionBudget over those pods, readiness on /q/health/ready, and no per-pod embedded database.
 */
class RenderedManifestsIT {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Path RENDERED = Path.of("target/kubernetes/kubernetes.yml");
    private static final Path CHECKED_IN = Path.of("k8s/vertical-light-os.yml");
    private static final Map<String, String> SHARED_KEYS = Map.of(
            "VLOS_CREDENTIALS_KEY", "credentials-key",
            "VLOS_WEBHOOKS_META_APP_SECRET", "meta-app-secret",
            "VLOS_WEBHOOKS_META_VERIFY_TOKEN", "meta-verify-token",
            "VLOS_BILLING_RAZORPAY_WEBHOOK_SECRET", "razorpay-webhook-secret");

    @Test
    void twoOrMoreReplicasReadTheSameKeysFromOneSecret() throws IOException {
        List<JsonNode> objects = documents(RENDERED);
        JsonNode deployment = only(objects, "Deployment");
        assertThat(objects.stream().filter(o -> List.of("StatefulSet", "DaemonSet", "Pod")
                .contains(o.path("kind").asText()))).as("one pod template for every replica").isEmpty();
        assertThat(deployment.at("/spec/replicas").asInt()).isGreaterThanOrEqualTo(2);

        JsonNode container = deployment.at("/spec/template/spec/containers/0");
        SHARED_KEYS.forEach((env, key) -> {
            JsonNode ref = envVar(container, env).at("/valueFrom/secretKeyRef");
            assertThat(ref.path("name").asText()).as(env).isEqualTo("vertical-light-os-keys");
            assertThat(ref.path("key").asText()).as(env).isEqualTo(key);
            assertThat(ref.path("optional").asBoolean(false)).as(env + " is required: no pod starts without it")
                    .isFalse();
        });
        assertThat(envVar(container, "VLOS_EMBEDDED_POSTGRES_ENABLED").path("value").asText()).isEqualTo("false");
        assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
        assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/q/health/live");
        assertThat(container.at("/startupProbe/httpGet/path").asText()).isEqualTo("/q/health/started");
        assertThat(container.at("/resources/requests/cpu").asText()).isNotEmpty();
        assertThat(container.at("/resources/limits/memory").asText()).isNotEmpty();
        assertThat(deployment.at("/spec/template/spec/volumes").toString()).contains("vertical-light-os-jwt");
    }

    @Test
    void aDisruptionBudgetKeepsAPodOfTheDeploymentAndAnIngressReachesTheService() throws IOException {
        List<JsonNode> objects = documents(RENDERED);
        JsonNode deployment = only(objects, "Deployment");
        JsonNode budget = only(objects, "PodDisruptionBudget");
        JsonNode podLabels = deployment.at("/spec/template/metadata/labels");
        budget.at("/spec/selector/matchLabels").fields().forEachRemaining(label ->
                assertThat(podLabels.path(label.getKey()).asText()).isEqualTo(label.getValue().asText()));
        assertThat(budget.at("/spec/minAvailable").asInt()).isBetween(1, deployment.at("/spec/replicas").asInt() - 1);

        JsonNode service = only(objects, "Service");
        JsonNode ingress = only(objects, "Ingress");
        assertThat(ingress.at("/spec/rules/0/http/paths/0/backend/service/name").asText())
                .isEqualTo(service.at("/metadata/name").asText());
    }

    @Test
    void theCopyInK8sIsTheRenderedManifestAndTheExampleSecretHoldsEveryKeyItNames() throws IOException {
        assertThat(withoutBuildInfo(documents(CHECKED_IN))).as("k8s/vertical-light-os.yml is a copy of " + RENDERED
                + " (copy it again after changing quarkus.kubernetes.* )").isEqualTo(withoutBuildInfo(documents(RENDERED)));

        JsonNode keys = documents(Path.of("k8s/secret.example.yaml")).stream()
                .filter(o -> o.at("/metadata/name").asText().equals("vertical-light-os-keys")).findFirst().orElseThrow();
        SHARED_KEYS.values().forEach(key -> assertThat(keys.at("/stringData").has(key)).as(key).isTrue());
        JsonNode config = only(documents(Path.of("k8s/configmap.yaml")), "ConfigMap");
        assertThat(config.path("data").has("VLOS_CREDENTIALS_KEY")).as("no key in the ConfigMap").isFalse();

        JsonNode hpa = only(documents(Path.of("k8s/hpa.yaml")), "HorizontalPodAutoscaler");
        assertThat(hpa.at("/spec/scaleTargetRef/name").asText())
                .isEqualTo(only(documents(RENDERED), "Deployment").at("/metadata/name").asText());
        assertThat(hpa.at("/spec/minReplicas").asInt()).isGreaterThanOrEqualTo(2);
    }

    /**
     * The annotations that name the build's commit and repository differ from one clone to another, and the order in
     * which a container's env entries are rendered is not fixed from one build to the next (their order means nothing).
     */
    private static List<JsonNode> withoutBuildInfo(List<JsonNode> objects) {
        objects.forEach(o -> {
            List.of("/metadata/annotations", "/spec/template/metadata/annotations").forEach(path -> {
                if (o.at(path) instanceof com.fasterxml.jackson.databind.node.ObjectNode annotations) {
                    annotations.remove(List.of("app.quarkus.io/commit-id", "app.quarkus.io/vcs-uri"));
                }
            });
            o.at("/spec/template/spec/containers").forEach(container -> List.of("env", "envFrom").forEach(name -> {
                if (container.get(name) instanceof com.fasterxml.jackson.databind.node.ArrayNode entries) {
                    List<JsonNode> sorted = new ArrayList<>();
                    entries.forEach(sorted::add);
                    sorted.sort(java.util.Comparator.comparing(JsonNode::toString));
                    entries.removeAll();
                    entries.addAll(sorted);
                }
            }));
        });
        return objects;
    }

    private static List<JsonNode> documents(Path file) throws IOException {
        assertThat(file).as("rendered by ./mvnw package (quarkus-kubernetes)").exists();
        List<JsonNode> objects = new ArrayList<>();
        try (MappingIterator<JsonNode> docs = YAML.readerFor(JsonNode.class).readValues(Files.readString(file))) {
            docs.forEachRemaining(doc -> {
                if (doc != null && !doc.isNull() && !doc.isMissingNode() && doc.size() > 0) {
                    objects.add(doc);
                }
            });
        }
        return objects;
    }

    private static JsonNode only(List<JsonNode> objects, String kind) {
        List<JsonNode> found = objects.stream().filter(o -> kind.equals(o.path("kind").asText())).toList();
        assertThat(found).as("one " + kind).hasSize(1);
        return found.get(0);
    }

    private static JsonNode envVar(JsonNode container, String name) {
        return StreamSupport.stream(container.path("env").spliterator(), false)
                .filter(e -> name.equals(e.path("name").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no env " + name + " in " + container.path("env")));
    }
}
