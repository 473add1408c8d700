/** The TCP/XML transport (the provider's port 7001): NUL-delimited XML documents, events on the same connection. */
package org.camelcsta.simulator.transport.tcp;
