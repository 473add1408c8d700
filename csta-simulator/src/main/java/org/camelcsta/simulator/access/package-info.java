/** Who may use the simulator: the provider's credentials and its IP allow-list. */
package org.camelcsta.simulator.access;
