package org.camelcsta.examples.springboot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Click-to-call and a call log with the camel-csta starter: {@code POST /calls} places a call, {@code GET /calls}
 * shows the call events of the monitored devices. Runs on the embedded simulator unless told otherwise
 * ({@code application.properties}).
 */
@SpringBootApplication
public class CstaSpringBootExample {

    public static void main(String[] args) {
        SpringApplication.run(CstaSpringBootExample.class, args);
    }
}
