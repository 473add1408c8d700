/** The control API over HTTP/JSON: what the phones do (incoming calls, answer, hang up) and fault injection. */
package org.camelcsta.simulator.control;
