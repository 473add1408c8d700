package org.camelcsta.simulator.access;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * The provider's API allow-list: client addresses given as CIDR blocks ({@code 10.0.0.0/8}, {@code ::1/128})
 * or single addresses. An empty list allows everything.
 */
public final class AddressAllowList {

    private record Block(byte[] network, int prefixLength, String text) {

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int fullBytes = prefixLength / 8;
            for (int i = 0; i < fullBytes; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int restBits = prefixLength % 8;
            if (restBits == 0) {
                return true;
            }
            int mask = 0xff << (8 - restBits) & 0xff;
            return (address[fullBytes] & mask) == (network[fullBytes] & mask);
        }
    }

    private final List<Block> blocks;

    private AddressAllowList(List<Block> blocks) {
        this.blocks = List.copyOf(blocks);
    }

    /** An allow-list that allows every address. */
    public static AddressAllowList allowAll() {
        return new AddressAllowList(List.of());
    }

    /**
     * @param cidrs {@code a.b.c.d/n}, {@code x::y/n} or a plain address; only literal addresses, never host names
     * @throws IllegalArgumentException naming the first entry that is not one
     */
    public static AddressAllowList of(List<String> cidrs) {
        List<Block> blocks = new ArrayList<>();
        for (String cidr : cidrs) {
            blocks.add(parse(cidr.trim()));
        }
        return new AddressAllowList(blocks);
    }

    private static Block parse(String cidr) {
        int slash = cidr.indexOf('/');
        String addressText = slash < 0 ? cidr : cidr.substring(0, slash);
        // InetAddress.getByName would resolve host names; only literal addresses are accepted
        if (addressText.isEmpty() || !addressText.matches("[0-9a-fA-F:.]+")) {
            throw new IllegalArgumentException("not an IP address or CIDR block: '" + cidr + "'");
        }
        byte[] network;
        try {
            network = InetAddress.getByName(addressText).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IP address or CIDR block: '" + cidr + "'", e);
        }
        int prefix;
        try {
            prefix = slash < 0 ? network.length * 8 : Integer.parseInt(cidr.substring(slash + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad prefix length in '" + cidr + "'", e);
        }
        if (prefix < 0 || prefix > network.length * 8) {
            throw new IllegalArgumentException("prefix length out of range in '" + cidr + "'");
        }
        return new Block(network, prefix, cidr);
    }

    /** Whether a client address may use the API. */
    public boolean allows(InetAddress address) {
        if (blocks.isEmpty()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        for (Block block : blocks) {
            if (block.contains(bytes)) {
                return true;
            }
        }
        return false;
    }

    /** @see #allows(InetAddress) ; addresses that are not IP socket addresses are refused unless all are allowed */
    public boolean allows(SocketAddress address) {
        if (blocks.isEmpty()) {
            return true;
        }
        return address instanceof InetSocketAddress inet && inet.getAddress() != null && allows(inet.getAddress());
    }

    /** The sentence every transport sends to a refused client. */
    public static String refusal(SocketAddress address) {
        String host = address instanceof InetSocketAddress inet && inet.getAddress() != null
                ? inet.getAddress().getHostAddress() : String.valueOf(address);
        return "address " + host + " is not on the API allow-list of this PBX (add it under Settings, API)";
    }

    @Override
    public String toString() {
        return blocks.isEmpty() ? "everything" : blocks.stream().map(Block::text).toList().toString();
    }
}
