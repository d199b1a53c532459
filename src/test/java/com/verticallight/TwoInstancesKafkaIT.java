package com.verticallight;

import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static com.verticallight.support.Eventually.eventually;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.verticallight.platform.embedded.JwtKeyFiles;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.restassured.http.ContentType;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two packaged instances against one PostgreSQL and one Kafka broker (a single-node KRaft broker in this JVM), as
 * several replicas run: instance A takes the API calls, both relay the outbox to Kafka, and only B consumes (A's
 * Kafka consumer listens to no topic), so every event below is written by A and processed by B. Both share the token
 * keys and the credentials key, as replicas must (docs/operations.md), and both run jobs with a short lease. The
 * last test kills one of them.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesKafkaIT {

    private static final Path ROOT = Path.of("target/two-instances-it");
    private static final String CREDENTIALS_KEY = "c2hhcmVkLWJ5LWJvdGgtaW5zdGFuY2VzLTMyLWJ5dGU=";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration LEASE = Duration.ofSeconds(6);
    private static final Pattern JOB_OWNER = Pattern.compile("Jobs run here as (vlos-\\S+)");

    private static EmbeddedPostgres postgres;
    private static WireMockServer platforms;
    private static KafkaClusterTestKit kafka;
    private static PackagedService a;
    private static PackagedService b;
    private static String token;
    private static String tenantId;

    @BeforeAll
    static void start() throws Exception {
        PackagedService.deleteRecursively(ROOT);
        long begun = System.nanoTime();
        platforms = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        platforms.start();
        postgres = EmbeddedPostgres.builder().setServerConfig("synchronous_commit", "off").start();
        kafka = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder().setCombined(true).setNumBrokerNodes(1)
                .setNumControllerNodes(1).setBaseDirectory(ROOT.resolve("kafka").toAbsolutePath()).build())
                .setConfigProp("auto.create.topics.enable", "true").setConfigProp("num.partitions", "2")
                .setConfigProp("offsets.topic.replication.factor", "1").build();
        kafka.format();
        kafka.startup();
        kafka.waitForReadyBrokers();
        System.out.printf("Broker at %s ready after %d ms%n", kafka.bootstrapServers(),
                Duration.ofNanos(System.nanoTime() - begun).toMillis());
        List<String> shared = shared();
        // A's consumer listens to no outbox topic (a channel cannot be switched off), so it never takes an event
        a = PackagedService.start(ROOT.resolve("a"), with(shared,
                "-Dmp.messaging.incoming.outbox-from-kafka.topic=vlos[.]nothing",
                "-Dmp.messaging.incoming.outbox-from-kafka.group.id=instance-a"));
        b = PackagedService.start(ROOT.resolve("b"), with(shared, "-Dvlos.demo.enabled=false",
                "-Dvlos.outbox.kafka.backoff=PT0.1S"));
        token = a.login(a.demoPassword());
        tenantId = single("select tenant_id::text from app_user where email = 'owner@glow-salon.demo'");
    }

    @AfterAll
    static void stop() throws Exception {
        for (PackagedService service : new PackagedService[] {a, b}) {
            if (service != null) {
                service.process().destroy();
                service.process().waitFor();
            }
        }
        if (platforms != null) {
            platforms.stop();
        }
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    @Order(1)
    void anEventProducedByAIsProcessedOnceByBAndItsNotificationReachesASocketOnA() throws Exception {
        // the same token works on both instances (shared keys): B answers for the same tenant
        String businessId = given().auth().oauth2(token).get(b.url("/api/v1/businesses")).then().statusCode(200)
                .extract().path("[0].id");
        Socket onA = Socket.open(a, token);
        String name = "Kafka Lead " + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("name", name, "phone", "+919812345678", "message", "A facial on Sunday"))
                .post(a.url("/api/v1/businesses/" + businessId + "/leads")).then().statusCode(201);

        // B processed it (its notification is on the socket held by A: LISTEN/NOTIFY between the instances)
        JsonNode notification = onA.await(m -> m.path("notification").path("title").asText().contains(name));
        assertThat(notification.path("notification").path("category").asText()).isEqualTo("LEAD");
        String eventId = single("select id::text from outbox where topic = 'lead.created' and tenant_id = '" + tenantId
                + "' and payload like '%" + name + "%'");
        eventually(() -> processed(b, eventId), "B recorded the event as processed");
        assertThat(processed(a, eventId)).as("A has no Kafka consumer").isFalse();
        assertThat(single("select status from outbox where id = '" + eventId + "'")).isEqualTo("PUBLISHED");
        assertThat(single("select count(*) from notification_event where event_id = '" + eventId + "'")).isEqualTo("1");
        onA.close();
    }

    @Test
    @Order(2)
    void aSecondDeliveryOfTheSameEventActsNoMore() throws Exception {
        String eventId = single("select id::text from outbox where topic = 'lead.created' and tenant_id = '" + tenantId
                + "' and processed_at is not null order by created_at limit 1");
        ConsumerRecord<String, String> record = recordOf("vlos.events.lead.created", eventId);
        assertThat(record.key()).as("keyed by tenant").isEqualTo(tenantId);
        String notifications = single("select count(*) from notification where tenant_id = '" + tenantId + "'");

        send(record.topic(), record.key(), record.value());

        eventually(() -> b.output().stream().anyMatch(line -> line.contains(eventId) && line.contains("skipped")),
                "B skipped the second delivery");
        assertThat(single("select count(*) from notification where tenant_id = '" + tenantId + "'"))
                .isEqualTo(notifications);
    }

    @Test
    @Order(3)
    void aPoisonMessageGoesToTheDeadLetterTopicAndAnEventThatKeepsFailingIsAListedDeadLetter() throws Exception {
        send("vlos.events.lead.created", tenantId, "{not an event");
        // an event whose processing fails every time (its payload is not JSON): retried, then DEAD and dead-lettered
        String id = UUID.randomUUID().toString();
        String event = JSON.writeValueAsString(Map.of("id", id, "tenantId", tenantId, "topic", "lead.created",
                "payload", "{broken"));
        execute("insert into outbox (id, tenant_id, topic, payload, created_at, status, published_at) values ('" + id
                + "', '" + tenantId + "', 'lead.created', '{broken', now(), 'PUBLISHED', now())");
        send("vlos.events.lead.created", tenantId, event);

        List<String> dead = deadLetterTopic(2);
        assertThat(dead).contains("{not an event", event);
        JsonNode letters = JSON.readTree(given().auth().oauth2(token).get(a.url("/api/v1/outbox/dead-letters"))
                .then().statusCode(200).extract().asString());
        JsonNode letter = null;
        for (JsonNode candidate : letters) {
            if (candidate.path("id").asText().equals(id)) {
                letter = candidate;
            }
        }
        assertThat(letter).as("listed for the operator").isNotNull();
        assertThat(letter.path("status").asText()).isEqualTo("DEAD");
        assertThat(letter.path("attempts").asInt()).isEqualTo(5);
        assertThat(b.output().stream().filter(line -> line.contains(id) && line.contains("processing failed")).count())
                .as("tried 5 times before it was given up").isEqualTo(5);
    }

    @Test
    @Order(4)
    void aCredentialStoredThroughAIsUsedByB() {
        String businessId = given().auth().oauth2(token).get(a.url("/api/v1/businesses")).then().statusCode(200)
                .extract().path("[0].id");
        String phoneNumberId = "PN" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        platforms.stubFor(get(urlPathEqualTo("/v21.0/" + phoneNumberId))
                .withHeader("Authorization", equalTo("Bearer token-only-a-was-given"))
                .willReturn(okJson("{\"id\":\"" + phoneNumberId + "\"}")));
        String connection = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("kind", "WHATSAPP", "platformIds", Map.of("phoneNumberId", phoneNumberId),
                        "credentials", Map.of("accessToken", "token-only-a-was-given"), "mode", "SANDBOX"))
                .post(a.url("/api/v1/businesses/" + businessId + "/connections")).then().statusCode(201)
                .extract().path("id");
        assertThat(single("select credentials_ciphertext from channel_connection where id = '" + connection + "'"))
                .doesNotContain("token-only-a-was-given");

        // B decrypts what A encrypted (the same vlos.credentials-key) and calls the platform with it
        given().auth().oauth2(token).post(b.url("/api/v1/connections/" + connection + "/test")).then().statusCode(200)
                .body("ok", org.hamcrest.Matchers.equalTo(true));
        platforms.verify(1, getRequestedFor(urlPathEqualTo("/v21.0/" + phoneNumberId))
                .withHeader("Authorization", equalTo("Bearer token-only-a-was-given")));
    }

    @Test
    @Order(5)
    void dueJobsAreRunOnceWhenBothInstancesTick() throws SQLException {
        execute("""
                insert into job (id, tenant_id, kind, payload, run_at, status, max_attempts, backoff_seconds,
                                 idempotency_key, created_at, updated_at)
                select gen_random_uuid(), '%s', 'notification.retention', '{}', now(), 'PENDING', 3, 10,
                       'two-instances:' || n, now(), now()
                from generate_series(1, 40) n""".formatted(tenantId));
        eventually(() -> "40".equals(single("select count(*) from job where idempotency_key like 'two-instances:%'"
                + " and status = 'DONE'")), "both instances ran the 40 jobs");
        assertThat(single("select count(*) from job where idempotency_key like 'two-instances:%' and attempts <> 1"))
                .as("no job was claimed twice").isEqualTo("0");
    }

    @Test
    @Order(6)
    void aJobLongerThanItsLeaseHasItsLeaseRenewedWhileItRunsAndRunsOnce() {
        // a review sync whose Google read takes two leases: the instance running it must renew its lease meanwhile,
        // or the other instance (both tick) takes the job again when the lease runs out
        String location = "slow-" + UUID.randomUUID().toString().substring(0, 8);
        platforms.stubFor(get(urlPathEqualTo("/v4/accounts/acc-" + location + "/locations/" + location + "/reviews"))
                .willReturn(okJson("{\"reviews\":[]}").withFixedDelay((int) LEASE.multipliedBy(2).toMillis())));
        String connection = googleConnection(location);
        String job = reviewSync("lease-renewal");

        eventually(() -> readsOf(location) == 1 && "RUNNING".equals(jobColumn(job, "status")), "the slow read began");
        String firstLease = jobColumn(job, "lease_until");
        eventually(() -> "RUNNING".equals(jobColumn(job, "status")) && "t".equals(single("select lease_until > '"
                + firstLease + "' from job where id = '" + job + "'")), "the lease was renewed while the job ran");
        eventually(() -> "DONE".equals(jobColumn(job, "status")), "the slow job finished");

        assertThat(single("select finished_at > '" + firstLease + "' from job where id = '" + job + "'"))
                .as("it ran past its first lease").isEqualTo("t");
        assertThat(jobColumn(job, "attempts")).as("claimed once: no instance took it again").isEqualTo("1");
        given().auth().oauth2(token).delete(a.url("/api/v1/connections/" + connection)).then().statusCode(204);
    }

    @Test
    @Order(7)
    void oneTenantsEventsAreProcessedInTheOrderTheyWereWrittenWhileBothInstancesRelay() {
        int events = 20;
        execute("""
                insert into outbox (id, tenant_id, topic, payload, created_at)
                select gen_random_uuid(), '%s', 'ordering.check', '{"n":' || n || '}',
                       now() + n * interval '1 millisecond'
                from generate_series(1, %d) n""".formatted(tenantId, events));
        List<String> written = column("select id::text from outbox where topic = 'ordering.check' order by created_at");

        eventually(() -> processedOnB("ordering.check").size() == events, "B processed the " + events + " events");
        assertThat(processedOnB("ordering.check")).as("processed in the order they were written").isEqualTo(written);
        List<ConsumerRecord<String, String>> records = records("vlos.events.ordering.check", events);
        assertThat(records).extracting(ConsumerRecord::key).containsOnly(tenantId);
        assertThat(records).extracting(ConsumerRecord::partition).as("one tenant, one partition of two").hasSize(events)
                .containsOnly(records.get(0).partition());
        assertThat(records.stream().map(r -> r.value().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1")).toList())
                .as("on the broker in the order they were written").isEqualTo(written);
    }

    @Test
    @Order(8)
    void aKilledInstancesRunningJobIsTakenOverWhenItsLeaseRunsOutAndCompletesOnce() throws Exception {
        // the first read hangs on the instance that is then killed; the read of whoever takes the job over answers
        String location = "kill-" + UUID.randomUUID().toString().substring(0, 8);
        String reviews = "/v4/accounts/acc-" + location + "/locations/" + location + "/reviews";
        platforms.stubFor(get(urlPathEqualTo(reviews)).inScenario(location).whenScenarioStateIs(STARTED)
                .willSetStateTo("taken over").willReturn(okJson("{\"reviews\":[]}").withFixedDelay(20_000)));
        platforms.stubFor(get(urlPathEqualTo(reviews)).inScenario(location).whenScenarioStateIs("taken over")
                .willReturn(okJson("""
                        {"reviews":[{"reviewId":"r-%s","reviewer":{"displayName":"Asha"},"starRating":"FIVE",
                          "comment":"Lovely haircut","createTime":"2026-12-01T10:00:00Z"}]}""".formatted(location))));
        platforms.stubFor(put(urlPathMatching(reviews + "/.*/reply")).willReturn(okJson("{\"comment\":\"thanks\"}")));
        googleConnection(location);
        String job = reviewSync("takeover");

        eventually(() -> readsOf(location) == 1 && "RUNNING".equals(jobColumn(job, "status")), "the job is running");
        String owner = jobColumn(job, "lease_owner");
        PackagedService holder = ownerOf(owner, a) ? a : b;
        PackagedService survivor = holder == a ? b : a;
        assertThat(ownerOf(owner, holder)).as("the lease owner " + owner + " is one of the two instances").isTrue();
        holder.process().destroyForcibly(); // kill -9 mid-job
        holder.process().waitFor();

        eventually(() -> "DONE".equals(jobColumn(job, "status")), "the survivor finished the killed instance's job");
        assertThat(jobColumn(job, "attempts")).as("claimed by the killed instance, then by the survivor")
                .isEqualTo("2");
        assertThat(readsOf(location)).as("read again by the survivor after the lease ran out")
                .isGreaterThanOrEqualTo(2);
        assertThat(single("select count(*) from review where platform_review_id = 'r-" + location + "'"))
                .as("the review recorded once").isEqualTo("1");
        platforms.verify(1, putRequestedFor(urlPathEqualTo(reviews + "/r-" + location + "/reply")));
        assertThat(survivor.process().isAlive()).isTrue();
    }

    /** A live Google Business Profile connection of the demo business, its API on the WireMock server. */
    private static String googleConnection(String location) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("kind", "GOOGLE_BUSINESS_PROFILE", "mode", "LIVE",
                        "platformIds", Map.of("accountId", "acc-" + location, "locationId", location),
                        "credentials", Map.of("accessToken", "google-token")))
                .post(a.url("/api/v1/businesses/" + demoBusiness() + "/connections")).then().statusCode(201)
                .extract().path("id");
    }

    private static String demoBusiness() {
        return single("select id::text from business where tenant_id = '" + tenantId
                + "' order by created_at, id limit 1");
    }

    /** A review-sync job of the demo business, due now; returns its id. */
    private static String reviewSync(String key) {
        String businessId = demoBusiness();
        String id = UUID.randomUUID().toString();
        execute("""
                insert into job (id, tenant_id, kind, payload, run_at, status, max_attempts, backoff_seconds,
                                 idempotency_key, created_at, updated_at)
                values ('%s', '%s', 'review.sync', '{"businessId":"%s","everyHours":24}', now(), 'PENDING', 3, 10,
                        'two-instances-sync:%s', now(), now())""".formatted(id, tenantId, businessId, key));
        return id;
    }

    private static int readsOf(String location) {
        return platforms.findAll(getRequestedFor(urlPathEqualTo("/v4/accounts/acc-" + location + "/locations/"
                + location + "/reviews"))).size();
    }

    private static String jobColumn(String job, String column) {
        return single("select " + column + " from job where id = '" + job + "'");
    }

    /** Whether the instance logged that it runs jobs as this lease owner. */
    private static boolean ownerOf(String owner, PackagedService service) {
        return service.output().stream().map(JOB_OWNER::matcher).filter(Matcher::find)
                .anyMatch(m -> m.group(1).equals(owner));
    }

    /** The ids of the events of a topic that B processed, in the order it processed them. */
    private static List<String> processedOnB(String topic) {
        Pattern processed = Pattern.compile("Outbox event (\\S+) \\(" + Pattern.quote(topic) + "\\) processed");
        return b.output().stream().map(processed::matcher).filter(Matcher::find).map(m -> m.group(1)).toList();
    }

    private static boolean processed(PackagedService service, String eventId) {
        return service.output().stream().anyMatch(line -> line.contains("Outbox event " + eventId)
                && line.contains("processed") && !line.contains("skipped"));
    }

    private static List<String> shared() throws Exception {
        List<String> settings = new ArrayList<>(List.of("-Dquarkus.profile=prod,kafka",
                "-Dkafka.bootstrap.servers=" + kafka.bootstrapServers(),
                "-Dquarkus.datasource.reactive.url=postgresql://localhost:" + postgres.getPort() + "/postgres",
                "-Dquarkus.datasource.jdbc.url=" + jdbcUrl(), "-Dquarkus.datasource.username=postgres",
                "-Dquarkus.datasource.password=postgres", "-Dvlos.credentials-key=" + CREDENTIALS_KEY,
                "-Dvlos.rate-limit.enabled=false", "-Dvlos.channels.meta.base-url=" + platforms.baseUrl(),
                "-Dmp.messaging.incoming.outbox-from-kafka.metadata.max.age.ms=1000",
                // small batches, so both relays take a share of one tenant's events (ordering across relays)
                "-Dvlos.outbox.batch-size=5",
                // short leases renewed every second, so a slow job outlives its lease and a dead one's comes back soon
                "-Dvlos.jobs.lease=" + LEASE, "-Dvlos.jobs.heartbeat=1s", "-Dvlos.channels.timeout=PT40S",
                "-Dvlos.channels.google.business-base-url=" + platforms.baseUrl()));
        JwtKeyFiles.ensure(ROOT.resolve("jwt")).forEach((key, value) -> settings.add("-D" + key + "=" + value));
        return settings;
    }

    private static String[] with(List<String> shared, String... more) {
        List<String> all = new ArrayList<>(shared);
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    private static String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }

    private static String single(String sql) {
        try (Connection c = DriverManager.getConnection(jdbcUrl(), "postgres", "postgres");
                ResultSet rows = c.createStatement().executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static void execute(String sql) {
        try (Connection c = DriverManager.getConnection(jdbcUrl(), "postgres", "postgres")) {
            c.createStatement().executeUpdate(sql);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> column(String sql) {
        List<String> values = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl(), "postgres", "postgres");
                ResultSet rows = c.createStatement().executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
        return values;
    }

    private static void send(String topic, String key, String value) throws Exception {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            producer.send(new ProducerRecord<>(topic, key, value)).get(60, TimeUnit.SECONDS);
        }
    }

    private static KafkaConsumer<String, String> consumer(String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props);
        consumer.subscribe(List.of(topic));
        return consumer;
    }

    private static ConsumerRecord<String, String> recordOf(String topic, String eventId) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer(topic)) {
            eventually(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (r.value().contains(eventId)) {
                        found.add(r);
                    }
                });
                return !found.isEmpty();
            }, "the event's record is on " + topic);
        }
        return found.get(0);
    }

    private static List<ConsumerRecord<String, String>> records(String topic, int count) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer(topic)) {
            eventually(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(found::add);
                return found.size() >= count;
            }, count + " records on " + topic);
        }
        return found;
    }

    private static List<String> deadLetterTopic(int atLeast) {
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer("vlos.dead-letter")) {
            eventually(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> values.add(r.value()));
                return values.size() >= atLeast;
            }, atLeast + " records on the dead-letter topic");
        }
        return values;
    }

    /** A browser-like notification socket on one instance. */
    private static final class Socket implements WebSocket.Listener {

        private final List<JsonNode> messages = new CopyOnWriteArrayList<>();
        private final StringBuilder partial = new StringBuilder();
        private WebSocket socket;

        static Socket open(PackagedService service, String token) throws Exception {
            Socket client = new Socket();
            client.socket = HttpClient.newHttpClient().newWebSocketBuilder()
                    .buildAsync(URI.create("ws://localhost:" + service.port() + "/api/v1/notifications/socket?token="
                            + token), client)
                    .get(30, TimeUnit.SECONDS);
            client.await(m -> m.path("type").asText().equals("hello"));
            return client;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    messages.add(JSON.readTree(partial.toString()));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        JsonNode await(java.util.function.Predicate<JsonNode> matching) {
            JsonNode[] found = new JsonNode[1];
            eventually(() -> {
                found[0] = messages.stream().filter(matching).findFirst().orElse(null);
                return found[0] != null;
            }, "a socket message; got " + messages);
            return found[0];
        }

        void close() {
            socket.abort();
        }
    }
}
