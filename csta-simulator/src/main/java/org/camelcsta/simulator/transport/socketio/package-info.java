/** The socket.io/JSON transport (the provider's port 7003), on netty-socketio, for Engine.IO v3 and v4 clients. */
package org.camelcsta.simulator.transport.socketio;
