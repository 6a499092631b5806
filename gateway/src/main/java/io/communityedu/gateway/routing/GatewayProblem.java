package io.communityedu.gateway.routing;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;

/** The RFC 9457 problem+json bodies the gateway itself answers with. */
public final class GatewayProblem {

    public static final String MEDIA_TYPE = "application/problem+json";

    private GatewayProblem() {
    }

    public static Buffer body(int status, String title, String detail) {
        return new JsonObject()
                .put("type", "about:blank")
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .toBuffer();
    }
}
