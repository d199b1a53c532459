package com.verticallight.channel.gateway;

import com.verticallight.channel.connector.Connector;
import com.verticallight.channel.connector.PlatformHttp;
import com.verticallight.channel.connector.PlatformRequest;
import com.verticallight.channel.connector.PlatformResponse;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The sandbox: records each request that would have been sent and answers as the platform would. */
class SandboxHttp implements PlatformHttp {

    private final Connector connector;
    private final String seed;
    private final List<PlatformRequest> wouldHaveSent = new CopyOnWriteArrayList<>();

    SandboxHttp(Connector connector, String seed) {
        this.connector = connector;
        this.seed = seed;
    }

    List<PlatformRequest> wouldHaveSent() {
        return wouldHaveSent;
    }

    @Override
    public Uni<PlatformResponse> send(PlatformRequest request) {
        wouldHaveSent.add(request.redacted());
        return Uni.createFrom().item(connector.sandboxResponse(request, seed + "-" + wouldHaveSent.size()));
    }
}
