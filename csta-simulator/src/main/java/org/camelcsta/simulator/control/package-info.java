/**
 * The control API over HTTP/JSON: what the phones do (incoming calls, answer, hang up, DND, forwarding, agents
 * signing in to queues), the PBX's state (calls, queues, digits sent) and fault injection.
 */
package org.camelcsta.simulator.control;
