package com.verticallight.channel.connector.google;

import com.fasterxml.jackson.databind.JsonNode;
import com.verticallight.channel.ChannelKind;
import com.verticallight.channel.connector.ActionResult;
import com.verticallight.channel.connector.Actions;
import com.verticallight.channel.connector.ConnectionDetails;
import com.verticallight.channel.connector.Connector;
import com.verticallight.channel.connector.Json;
import com.verticallight.channel.connector.OutboundAction;
import com.verticallight.channel.connector.PlatformFailure;
import com.verticallight.channel.connector.PlatformFailure.Kind;
import com.verticallight.channel.connector.PlatformHttp;
import com.verticallight.channel.connector.PlatformRequest;
import com.verticallight.channel.connector.PlatformResponse;
import com.verticallight.channel.connector.Requests;
import com.verticallight.channel.connector.Responses;
import io.smallrye.mutiny.Uni;

/**
 * Google Business Profile for one location: local posts, review replies and reads (My Business v4) and
 * regular hours (Business Information v1).
 */
public class GoogleBusinessProfileConnector implements Connector {

    private final String myBusinessBase;
    private final String businessInformationBase;

    /** e.g. ("https://mybusiness.googleapis.com", "https://mybusinessbusinessinformation.googleapis.com"). */
    public GoogleBusinessProfileConnector(String myBusinessBaseUrl, String businessInformationBaseUrl) {
        this.myBusinessBase = Requests.trimSlash(myBusinessBaseUrl);
        this.businessInformationBase = Requests.trimSlash(businessInformationBaseUrl);
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.GOOGLE_BUSINESS_PROFILE;
    }

    @Override
    public Uni<ActionResult> perform(OutboundAction action, ConnectionDetails connection, PlatformHttp http) {
        return Responses.send(this, http, () -> request(action, connection))
                .map(response -> result(action, response));
    }

    private PlatformRequest request(OutboundAction action, ConnectionDetails connection) {
        String token = connection.credential("accessToken");
        return switch (action.type()) {
            case POST -> Requests.bearer("POST", location(connection) + "/localPosts", token,
                    GoogleBodies.localPost(action));
            case REVIEW_REPLY -> Requests.bearer("PUT", location(connection) + "/reviews/"
                    + Requests.segment(Actions.require(action.reviewId(), "reviewId")) + "/reply", token,
                    GoogleBodies.reviewReply(action));
            case LIST_REVIEWS -> Requests.bearer("GET", location(connection) + "/reviews?pageSize=50", token, null);
            case FIND_POST -> Requests.bearer("GET", location(connection) + "/localPosts?pageSize=20", token, null);
            case UPDATE_HOURS -> Requests.bearer("PATCH", information(connection) + "?updateMask=regularHours", token,
                    GoogleBodies.regularHours(action.hours()));
            default -> throw Actions.unsupported(action.type(), kind());
        };
    }

    private static ActionResult result(OutboundAction action, PlatformResponse response) {
        JsonNode body = Json.read(response.body());
        return switch (action.type()) {
            case POST -> new ActionResult(Json.text(body, "/name"), Json.text(body, "/state"), null);
            case REVIEW_REPLY -> new ActionResult(action.reviewId(), null, null);
            case LIST_REVIEWS -> new ActionResult(null, null, response.body());
            case FIND_POST -> new ActionResult(matchingPost(body, action), null, null);
            default -> new ActionResult(Json.text(body, "/name"), null, null);
        };
    }

    /**
     * {"localPosts":[{"name","summary","createTime"}]}: the name of the post with this summary created at or after the
     * time given (less a minute for clock skew), or null.
     */
    static String matchingPost(JsonNode body, OutboundAction action) {
        java.time.Instant since = java.time.Instant.parse(Actions.require(action.to(), "to")).minusSeconds(60);
        String wanted = action.text() == null ? "" : action.text().strip();
        for (JsonNode post : body.path("localPosts")) {
            String created = post.path("createTime").asText(null);
            boolean recent = created == null || !java.time.Instant.parse(created).isBefore(since);
            if (recent && post.path("summary").asText("").strip().equals(wanted)) {
                return post.path("name").asText(null);
            }
        }
        return null;
    }

    private String location(ConnectionDetails connection) {
        return myBusinessBase + "/v4/accounts/" + Requests.segment(connection.id("accountId")) + "/locations/"
                + Requests.segment(connection.id("locationId"));
    }

    private String information(ConnectionDetails connection) {
        return businessInformationBase + "/v1/locations/" + Requests.segment(connection.id("locationId"));
    }

    @Override
    public PlatformRequest testRequest(ConnectionDetails connection) {
        return Requests.bearer("GET", information(connection) + "?readMask=name",
                connection.credential("accessToken"), null);
    }

    /** Google errors: {"error":{"code":403,"message":"…","status":"PERMISSION_DENIED"}}. */
    @Override
    public PlatformFailure classify(PlatformResponse response) {
        if (response.isSuccess()) {
            return null;
        }
        JsonNode error = Json.read(response.body()).path("error");
        String status = Json.text(error, "/status");
        String message = "Google answered HTTP " + response.status() + (status == null ? "" : " " + status) + ": "
                + error.path("message").asText("no error details");
        if (response.status() == 401) {
            return new PlatformFailure(Kind.AUTH_EXPIRED, status, message, null);
        }
        return Responses.byStatus(response, status, message);
    }

    @Override
    public PlatformResponse sandboxResponse(PlatformRequest request, String seed) {
        return GoogleSandbox.answer(request, seed);
    }
}
