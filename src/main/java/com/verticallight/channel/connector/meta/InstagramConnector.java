package com.verticallight.channel.connector.meta;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.verticallight.channel.ChannelKind;
import com.verticallight.channel.connector.ActionResult;
import com.verticallight.channel.connector.Actions;
import com.verticallight.channel.connector.ConnectionDetails;
import com.verticallight.channel.connector.Connector;
import com.verticallight.channel.connector.Json;
import com.verticallight.channel.connector.OutboundAction;
import com.verticallight.channel.connector.PlatformFailure;
import com.verticallight.channel.connector.PlatformHttp;
import com.verticallight.channel.connector.PlatformRequest;
import com.verticallight.channel.connector.PlatformResponse;
import com.verticallight.channel.connector.Responses;
import io.smallrye.mutiny.Uni;

/**
 * Instagram content publishing for a professional account: checks the caption and the 24-hour quota, creates
 * an image container, then publishes it.
 */
public class InstagramConnector implements Connector {

    private final GraphApi graph;

    /** Media insights; "views" replaced "impressions" (deprecated for media after July 2024). */
    static final String INSIGHT_METRICS = "metric=reach,likes,comments,shares,views";

    public InstagramConnector(String baseUrl, String version) {
        this.graph = new GraphApi(baseUrl, version);
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.INSTAGRAM;
    }

    @Override
    public Uni<ActionResult> perform(OutboundAction action, ConnectionDetails connection, PlatformHttp http) {
        if (action.type() == OutboundAction.ActionType.READ_ENGAGEMENT) {
            return Responses.send(this, http, () -> graph.get(connection.credential("accessToken"), INSIGHT_METRICS,
                            Actions.require(action.to(), "to"), "insights"))
                    .map(response -> new ActionResult(action.to(), null, InstagramInsights.parse(response.body()).json()));
        }
        return Uni.createFrom().item(() -> checked(action))
                .chain(post -> publishingLimit(connection, http)
                        .map(limit -> refuseWhenReached(limit, post)))
                .chain(post -> Responses.send(this, http, () -> containerRequest(post, connection)))
                .map(InstagramConnector::containerId)
                .chain(containerId -> Responses.send(this, http, () -> publishRequest(containerId, connection)))
                .map(published -> new ActionResult(Json.text(Json.read(published.body()), "/id"), "PUBLISHED",
                        null));
    }

    /** Reads the account's publishing quota (GET /{ig-user-id}/content_publishing_limit). */
    public Uni<PublishingLimit> publishingLimit(ConnectionDetails connection, PlatformHttp http) {
        return Responses.send(this, http, () -> publishingLimitRequest(connection))
                .map(response -> PublishingLimit.parse(response.body()));
    }

    PlatformRequest publishingLimitRequest(ConnectionDetails connection) {
        return graph.get(connection.credential("accessToken"), "fields=quota_usage,config",
                connection.id("igUserId"), "content_publishing_limit");
    }

    private OutboundAction checked(OutboundAction action) {
        if (action.type() != OutboundAction.ActionType.POST) {
            throw Actions.unsupported(action.type(), kind());
        }
        if (action.mediaUrl() == null || action.mediaUrl().isBlank()) {
            throw PlatformFailure.rejected("Instagram posts need an image: the action has no \"mediaUrl\"");
        }
        InstagramCaption.check(action.text());
        return action;
    }

    private static OutboundAction refuseWhenReached(PublishingLimit limit, OutboundAction post) {
        if (limit.reached()) {
            throw PlatformFailure.rejected("Instagram publishing limit reached (" + limit.quotaUsage() + " of "
                    + limit.quotaTotal() + " posts in 24 hours)");
        }
        return post;
    }

    private PlatformRequest containerRequest(OutboundAction post, ConnectionDetails connection) {
        ObjectNode container = Json.object().put("image_url", post.mediaUrl());
        Json.putIfPresent(container, "caption", post.text());
        return graph.post(connection.credential("accessToken"), container, connection.id("igUserId"), "media");
    }

    private PlatformRequest publishRequest(String containerId, ConnectionDetails connection) {
        ObjectNode publish = Json.object().put("creation_id", containerId);
        return graph.post(connection.credential("accessToken"), publish, connection.id("igUserId"),
                "media_publish");
    }

    private static String containerId(PlatformResponse response) {
        String id = Json.text(Json.read(response.body()), "/id");
        if (id == null) {
            throw new PlatformFailure(PlatformFailure.Kind.PERMANENT, null,
                    "Instagram created no media container: " + response.body(), null);
        }
        return id;
    }

    @Override
    public PlatformRequest testRequest(ConnectionDetails connection) {
        return graph.get(connection.credential("accessToken"), "fields=id,username", connection.id("igUserId"));
    }

    @Override
    public PlatformFailure classify(PlatformResponse response) {
        return MetaErrors.classify("Instagram", response);
    }

    @Override
    public PlatformResponse sandboxResponse(PlatformRequest request, String seed) {
        return InstagramSandbox.answer(request, seed);
    }
}
