/** The PBX simulator: call model, protocol servers and control API. */
package org.camelcsta.simulator;
