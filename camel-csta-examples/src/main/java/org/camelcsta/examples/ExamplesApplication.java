package org.camelcsta.examples;

/** The demo application; its routes come with the examples issue. */
public final class ExamplesApplication {

    private ExamplesApplication() {
    }

    public static void main(String[] args) {
        System.out.println("camel-csta examples: the demo routes are not built yet (see Status in the README).");
    }
}
