package org.camelcsta.itests.faults;

import java.util.EnumMap;
import java.util.Map;
import java.util.Random;

/** How often each fault is picked, by weight. */
public record FaultMix(Map<Fault, Integer> weights) {

    public FaultMix {
        weights = Map.copyOf(weights);
        if (weights.values().stream().mapToInt(Integer::intValue).sum() <= 0) {
            throw new IllegalArgumentException("no fault has a weight: " + weights);
        }
    }

    /** Mostly drops of every kind, with a few stalls and black holes (each of which takes seconds). */
    public static FaultMix standard(int blackHoleWeight) {
        Map<Fault, Integer> weights = new EnumMap<>(Fault.class);
        weights.put(Fault.CLEAN_CLOSE, 20);
        weights.put(Fault.RESET, 20);
        weights.put(Fault.CUT_TO_SERVER, 15);
        weights.put(Fault.CUT_TO_CLIENT, 15);
        weights.put(Fault.STALL, 10);
        weights.put(Fault.BLACK_HOLE, blackHoleWeight);
        return new FaultMix(weights);
    }

    Fault pick(Random random) {
        int total = weights.values().stream().mapToInt(Integer::intValue).sum();
        int draw = random.nextInt(total);
        for (Fault fault : Fault.values()) {
            draw -= weights.getOrDefault(fault, 0);
            if (draw < 0) {
                return fault;
            }
        }
        throw new IllegalStateException("unreachable");
    }
}
