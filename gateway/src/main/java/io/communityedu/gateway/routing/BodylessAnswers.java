package io.communityedu.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/**
 * A service's {@code 1xx}, {@code 204} and {@code 304} answers and every answer to {@code HEAD} have no
 * body (RFC 9110 §6.4.1). Vert.x's proxy would still frame one ({@code Transfer-Encoding: chunked}
 * when the service gave no length), and a client that believes the header waits for chunks that
 * never come: Python's http.client (and so requests) hangs on every conditional GET. Such answers go
 * out as the service sent them: status and headers, no framing, no body.
 */
final class BodylessAnswers implements ProxyInterceptor {

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        ProxyResponse response = context.response();
        int status = response.getStatusCode();
        boolean head = context.request().getMethod() == HttpMethod.HEAD;
        if (head || status < 200 || status == 204 || status == 304) {
            response.headers().remove("Transfer-Encoding");
            if (head && response.getBody() != null && response.getBody().length() >= 0) {
                // The length a GET would have goes on; the HTTP layer sends no body for HEAD.
                return context.sendResponse();
            }
            response.headers().remove("Content-Length");
            // Without a body the proxy ends the answer at once, adding no framing of its own.
            response.setBody(null);
        }
        return context.sendResponse();
    }
}
