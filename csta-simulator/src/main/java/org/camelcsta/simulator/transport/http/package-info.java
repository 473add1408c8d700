/** The HTTP and HTTPS GET transport (the provider's ports 7005 and 7006): one request, one JSON reply. */
package org.camelcsta.simulator.transport.http;
