package com.verticallight.channel.connector.meta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.verticallight.channel.ChannelKind;
import com.verticallight.channel.connector.ActionResult;
import com.verticallight.channel.connector.Actions;
import com.verticallight.channel.connector.ConnectionDetails;
import com.verticallight.channel.connector.EngagementCounts;
import com.verticallight.channel.connector.Connector;
import com.verticallight.channel.connector.Json;
import com.verticallight.channel.connector.OutboundAction;
import com.verticallight.channel.connector.PlatformFailure;
import com.verticallight.channel.connector.PlatformHttp;
import com.verticallight.channel.connector.PlatformRequest;
import com.verticallight.channel.connector.PlatformResponse;
import com.verticallight.channel.connector.Responses;
import io.smallrye.mutiny.Uni;
import java.util.Map;

/**
 * Facebook Page posts: a feed post (message, optional link) or a photo post (image URL with a caption); and two
 * reads: a lead ad's answers (GET /{leadgen-id}, returned as Graph sent them) and a post's engagement
 * (GET /{post-id}?fields=reactions.summary(true),comments.summary(true),shares, returned as {@link EngagementCounts}).
 */
public class FacebookPageConnector implements Connector {

    static final String ENGAGEMENT_FIELDS = "fields=reactions.summary(true),comments.summary(true),shares";

    private final GraphApi graph;

    public FacebookPageConnector(String baseUrl, String version) {
        this.graph = new GraphApi(baseUrl, version);
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.FACEBOOK_PAGE;
    }

    @Override
    public Uni<ActionResult> perform(OutboundAction action, ConnectionDetails connection, PlatformHttp http) {
        return switch (action.type()) {
            case READ_LEAD -> Responses.send(this, http, () -> read(action, connection, null))
                    .map(response -> new ActionResult(action.to(), null, response.body()));
            case READ_ENGAGEMENT -> Responses.send(this, http, () -> read(action, connection, ENGAGEMENT_FIELDS))
                    .map(response -> new ActionResult(action.to(), null, engagement(response).json()));
            case FIND_POST -> Responses.send(this, http, () -> recentPosts(action, connection))
                    .map(response -> new ActionResult(matchingPost(response, action.text()), null, null));
            default -> Responses.send(this, http, () -> postRequest(action, connection))
                    .map(FacebookPageConnector::result);
        };
    }

    private PlatformRequest read(OutboundAction action, ConnectionDetails connection, String query) {
        return graph.get(connection.credential("accessToken"), query, Actions.require(action.to(), "to"));
    }

    /** GET /{page-id}/posts: the Page's own recent posts, newest first, since the time the post may have left. */
    private PlatformRequest recentPosts(OutboundAction action, ConnectionDetails connection) {
        long since = java.time.Instant.parse(Actions.require(action.to(), "to")).minusSeconds(60).getEpochSecond();
        return graph.get(connection.credential("accessToken"), "fields=id,message,created_time&limit=25&since=" + since,
                connection.id("pageId"), "posts");
    }

    /** {"data":[{"id","message","created_time"}]}: the id of the post whose message is the text, or null. */
    static String matchingPost(PlatformResponse response, String text) {
        String wanted = text == null ? "" : text.strip();
        for (JsonNode post : Json.read(response.body()).path("data")) {
            if (post.path("message").asText("").strip().equals(wanted)) {
                return post.path("id").asText(null);
            }
        }
        return null;
    }

    /** Reactions count as likes; shares are absent from the answer while a post has none. */
    private static EngagementCounts engagement(PlatformResponse response) {
        JsonNode body = Json.read(response.body());
        return new EngagementCounts(body.at("/reactions/summary/total_count").asLong(0),
                body.at("/comments/summary/total_count").asLong(0), body.at("/shares/count").asLong(0), null, null);
    }

    private PlatformRequest postRequest(OutboundAction action, ConnectionDetails connection) {
        if (action.type() != OutboundAction.ActionType.POST) {
            throw Actions.unsupported(action.type(), kind());
        }
        String token = connection.credential("accessToken");
        String pageId = connection.id("pageId");
        if (action.mediaUrl() != null) {
            ObjectNode photo = Json.object().put("url", action.mediaUrl());
            Json.putIfPresent(photo, "message", action.text());
            return graph.post(token, photo, pageId, "photos");
        }
        if (action.link() == null) {
            Actions.require(action.text(), "text");
        }
        ObjectNode post = Json.object();
        Json.putIfPresent(post, "message", action.text());
        Json.putIfPresent(post, "link", action.link());
        return graph.post(token, post, pageId, "feed");
    }

    /** Photos answer {"id": photo id, "post_id": page post id}; the post id is what engagement reads use. */
    private static ActionResult result(PlatformResponse response) {
        JsonNode body = Json.read(response.body());
        String postId = Json.text(body, "/post_id");
        return new ActionResult(postId != null ? postId : Json.text(body, "/id"), null, null);
    }

    @Override
    public PlatformRequest testRequest(ConnectionDetails connection) {
        return graph.get(connection.credential("accessToken"), "fields=id,name", connection.id("pageId"));
    }

    @Override
    public PlatformFailure classify(PlatformResponse response) {
        return MetaErrors.classify("Facebook", response);
    }

    @Override
    public PlatformResponse sandboxResponse(PlatformRequest request, String seed) {
        String[] path = GraphApi.pathAfterVersion(request);
        String pageId = path[0];
        ObjectNode body = Json.object();
        if ("GET".equals(request.method())) {
            return FacebookSandbox.read(request, pageId);
        } else if (path.length > 1 && path[1].equals("photos")) {
            body.put("id", "sandbox-photo-" + seed).put("post_id", pageId + "_sandbox-" + seed);
        } else {
            body.put("id", pageId + "_sandbox-" + seed);
        }
        return new PlatformResponse(200, Map.of("content-type", "application/json"), Json.write(body));
    }
}
