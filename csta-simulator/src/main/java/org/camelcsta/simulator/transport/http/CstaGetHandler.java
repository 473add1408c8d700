package org.camelcsta.simulator.transport.http;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import org.camelcsta.protocol.CstaDecodeException;
import org.camelcsta.protocol.CstaDecodeException.Reason;
import org.camelcsta.protocol.LogText;
import org.camelcsta.protocol.codec.JsonCodec;
import org.camelcsta.protocol.codec.QueryCodec;
import org.camelcsta.protocol.model.CstaErrorCode;
import org.camelcsta.protocol.model.CstaMessage;
import org.camelcsta.protocol.model.GenericMessage;
import org.camelcsta.simulator.session.CstaErrors;
import org.camelcsta.simulator.session.SimulatorContext;
import org.camelcsta.simulator.session.StatelessRequests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers {@code GET /csta/?Command[field]=value} with the command's JSON response. HTTP statuses are for the
 * transport (400 an HTTP request that cannot be parsed, 401 credentials, 403 allow-list, 404 path, 405 method,
 * 500 a failure of the simulator itself); every answer of the CSTA server itself, {@code CSTAErrorCode} for a
 * query that cannot be read included, is a 200 with its JSON body. Every request gets a JSON answer, whatever
 * goes wrong.
 */
final class CstaGetHandler extends SimpleChannelInboundHandler<FullHttpRequest> {

    private static final Logger LOG = LoggerFactory.getLogger(CstaGetHandler.class);

    private final SimulatorContext context;
    private final StatelessRequests requests;
    private final QueryCodec queries = new QueryCodec();
    private final JsonCodec json = new JsonCodec();

    CstaGetHandler(SimulatorContext context, StatelessRequests requests) {
        this.context = context;
        this.requests = requests;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        boolean keepAlive = HttpUtil.isKeepAlive(request);
        if (request.decoderResult().isFailure()) {
            reply(ctx, HttpResponseStatus.BAD_REQUEST, new CstaErrorCode("operation", "invalidMessage",
                    "bad HTTP request: " + LogText.cap(request.decoderResult().cause())), false);
            return;
        }
        if (!context.allowList().allows(ctx.channel().remoteAddress())) {
            reply(ctx, HttpResponseStatus.FORBIDDEN, CstaErrors.addressNotAllowed(ctx.channel().remoteAddress()),
                    false);
            return;
        }
        String uri = request.uri();
        int question = uri.indexOf('?');
        String path = question < 0 ? uri : uri.substring(0, question);
        if (!path.equals("/csta/") && !path.equals("/csta")) {
            reply(ctx, HttpResponseStatus.NOT_FOUND,
                    new CstaErrorCode("operation", "notFound", "no such path " + path + ": requests go to /csta/"),
                    keepAlive);
            return;
        }
        if (!HttpMethod.GET.equals(request.method())) {
            reply(ctx, HttpResponseStatus.METHOD_NOT_ALLOWED, new CstaErrorCode("operation", "methodNotAllowed",
                    request.method() + " is not supported: send commands with GET"), keepAlive);
            return;
        }
        HttpHeaders headers = request.headers();
        String pbxDomain = headers.get("pbxdomain");
        if (!context.authenticator().accepts(headers.get("username"), headers.get("password"), pbxDomain)) {
            LOG.info("HTTP request from {} refused: wrong credentials for user {}", ctx.channel().remoteAddress(),
                    LogText.cap(headers.get("username")));
            reply(ctx, HttpResponseStatus.UNAUTHORIZED, CstaErrors.wrongCredentials(), keepAlive);
            return;
        }
        GenericMessage command;
        try {
            command = queries.decodeGeneric(question < 0 ? "" : uri.substring(question + 1));
        } catch (RuntimeException e) {
            // the codec promises CstaDecodeException only; should a query break that promise, it is still a bad query
            CstaDecodeException problem = e instanceof CstaDecodeException decode ? decode
                    : new CstaDecodeException(Reason.MALFORMED, "unreadable query: " + LogText.cap(e), e);
            reply(ctx, HttpResponseStatus.OK, CstaErrors.malformed(problem), keepAlive);
            return;
        }
        context.executor().execute(() -> {
            if (context.faults().stopResponding()) {
                return; // the request is read and never answered; the client's timeout decides
            }
            CstaMessage response;
            try {
                response = requests.respond(command, pbxDomain);
            } catch (RuntimeException e) {
                reply(ctx, HttpResponseStatus.INTERNAL_SERVER_ERROR, failure(command.name(), e), keepAlive);
                return;
            }
            context.executor().schedule(() -> reply(ctx, HttpResponseStatus.OK, response, keepAlive),
                    context.faults().responseDelay());
        });
    }

    private void reply(ChannelHandlerContext ctx, HttpResponseStatus status, CstaMessage message, boolean keepAlive) {
        byte[] body;
        HttpResponseStatus sent = status;
        try {
            body = json.encodeBytes(message);
        } catch (RuntimeException e) {
            sent = HttpResponseStatus.INTERNAL_SERVER_ERROR;
            body = json.encodeBytes(failure(message.messageName(), e));
        }
        JsonReplies.write(ctx, sent, body, keepAlive);
    }

    /** The simulator failed on a request: logged, and answered rather than left to the client's timeout. */
    private static CstaErrorCode failure(String requestName, RuntimeException e) {
        LOG.warn("HTTP request {} failed in the simulator: {}", LogText.cap(requestName), LogText.cap(e));
        LOG.debug("the failure of {}", LogText.cap(requestName), e);
        return new CstaErrorCode("operation", "generic",
                "the simulator failed on " + LogText.cap(requestName) + ": " + LogText.cap(e));
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.debug("HTTP connection from {} failed: {}", ctx.channel().remoteAddress(), LogText.cap(cause));
        ctx.close();
    }
}
