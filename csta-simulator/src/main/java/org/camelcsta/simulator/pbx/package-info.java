/**
 * The simulated PBX: devices, calls and their legs, the state machines that move them (one per feature, behind
 * the {@link org.camelcsta.simulator.pbx.CallModel} facade), monitors and the events they receive. Everything here
 * runs on the one {@link org.camelcsta.simulator.pbx.PbxExecutor} thread, so the model needs no locks and events
 * leave it in causal order.
 */
package org.camelcsta.simulator.pbx;
