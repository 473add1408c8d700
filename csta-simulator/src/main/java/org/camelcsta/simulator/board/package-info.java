/**
 * The simulator's web board: a live page of the phones, calls and CSTA traffic on the control port. The page
 * (resources next to these classes) follows a server-sent event feed and acts through the control API.
 */
package org.camelcsta.simulator.board;
