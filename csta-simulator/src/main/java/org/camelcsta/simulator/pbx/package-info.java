/**
 * The simulated PBX: devices, calls and their legs, the state machine that moves them, monitors and the
 * events they receive. Everything here runs on the one {@link org.camelcsta.simulator.pbx.PbxExecutor} thread,
 * so the model needs no locks and events leave it in causal order.
 */
package org.camelcsta.simulator.pbx;
