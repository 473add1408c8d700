/**
 * One client's requests, whatever the transport: login and session timer, TEST mode, the commands executed
 * on the call model, error replies, response ordering and fault injection. Transports decode frames into
 * {@link org.camelcsta.protocol.model.GenericMessage}s and hand them to a {@link
 * org.camelcsta.simulator.session.ClientSession} (TCP, socket.io) or to the {@link
 * org.camelcsta.simulator.session.StatelessRequests} (HTTP GET).
 */
package org.camelcsta.simulator.session;
