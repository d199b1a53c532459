package com.verticallight.channel.connector;

import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.List;

/** The sandbox in miniature: records each request and answers with the connector's own sandbox response. */
public final class SandboxHttp implements PlatformHttp {

    private final Connector connector;
    private final String seed;
    public final List<PlatformRequest> sent = new ArrayList<>();

    public SandboxHttp(Connector connector, String seed) {
        this.connector = connector;
        this.seed = seed;
    }

    @Override
    public Uni<PlatformResponse> send(PlatformRequest request) {
        sent.add(request);
        return Uni.createFrom().item(connector.sandboxResponse(request, seed));
    }
}
