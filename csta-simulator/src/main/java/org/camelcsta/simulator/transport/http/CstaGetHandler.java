package org.camelcsta.simulator.transport.http;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import org.camelcsta.protocol.CstaDecodeException;
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
 * transport (401 credentials, 403 allow-list, 404 path, 405 method); every answer of the CSTA server itself,
 * {@code CSTAErrorCode} included, is a 200 with its JSON body.
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
                    headers.get("username"));
            reply(ctx, HttpResponseStatus.UNAUTHORIZED, CstaErrors.wrongCredentials(), keepAlive);
            return;
        }
        GenericMessage command;
        try {
            command = queries.decodeGeneric(question < 0 ? "" : uri.substring(question + 1));
        } catch (CstaDecodeException e) {
            reply(ctx, HttpResponseStatus.OK, CstaErrors.malformed(e), keepAlive);
            return;
        }
        context.executor().execute(() -> {
            if (context.faults().stopResponding()) {
                return; // the request is read and never answered; the client's timeout decides
            }
            CstaMessage response = requests.respond(command, pbxDomain);
            context.executor().schedule(() -> reply(ctx, HttpResponseStatus.OK, response, keepAlive),
                    context.faults().responseDelay());
        });
    }

    private void reply(ChannelHandlerContext ctx, HttpResponseStatus status, CstaMessage message, boolean keepAlive) {
        JsonReplies.write(ctx, status, json.encodeBytes(message), keepAlive);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.debug("HTTP connection from {} failed: {}", ctx.channel().remoteAddress(), cause.toString());
        ctx.close();
    }
}
