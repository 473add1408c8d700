/** The protocol servers: TCP/XML, socket.io/JSON and HTTP(S) GET, all in front of the same session logic. */
package org.camelcsta.simulator.transport;
