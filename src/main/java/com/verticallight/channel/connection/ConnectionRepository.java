package com.verticallight.channel.connection;

import com.verticallight.platform.tenancy.TenantScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ConnectionRepository extends TenantScopedRepository<ChannelConnection> {

    ConnectionRepository() {
        super(ChannelConnection.class);
    }
}
