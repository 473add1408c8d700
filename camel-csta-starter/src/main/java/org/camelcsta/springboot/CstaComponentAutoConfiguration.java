package org.camelcsta.springboot;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.ComponentConfigurationProperties;
import org.apache.camel.spring.boot.util.CamelPropertiesHelper;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;
import org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator;
import org.camelcsta.component.CstaComponent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.AutoConfigureAfter;
import org.springframework.boot.context.properties.BoundConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName.Form;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * Applies the {@code camel.component.csta.*} properties to every csta component of the Camel context, as Camel's own
 * starters do, but only those the application set (as camel-spring-boot does after 4.18, CAMEL-24501): off with
 * {@code camel.component.csta.enabled=false} (or {@code camel.component.enabled=false}), and the customizer off with
 * {@code camel.component.csta.customizer.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@EnableConfigurationProperties({ ComponentConfigurationProperties.class, CstaComponentConfiguration.class })
@ConditionalOnHierarchicalProperties({ "camel.component", "camel.component.csta" })
@AutoConfigureAfter({ CamelAutoConfiguration.class, CstaComponentConverter.class })
public class CstaComponentAutoConfiguration {

    private static final ConfigurationPropertyName PREFIX = ConfigurationPropertyName.of("camel.component.csta");

    @Autowired
    private ApplicationContext applicationContext;
    private final CamelContext camelContext;
    @Autowired
    private CstaComponentConfiguration configuration;

    public CstaComponentAutoConfiguration(CamelContext camelContext) {
        this.camelContext = camelContext;
    }

    @Lazy
    @Bean
    public ComponentCustomizer configureCstaComponent() {
        return new ComponentCustomizer() {
            @Override
            public void configure(String name, Component target) {
                CamelPropertiesHelper.setCamelProperties(camelContext, target, configuredOptions(), false);
            }

            @Override
            public boolean isEnabled(String name, Component target) {
                return HierarchicalPropertiesEvaluator.evaluate(applicationContext, "camel.component.customizer",
                        "camel.component.csta.customizer") && target instanceof CstaComponent;
            }
        };
    }

    /**
     * The options that the application's properties set. The configuration's other fields hold the catalog's
     * defaults, which must not overwrite what a csta component bean of the application's own was given.
     */
    private Map<String, Object> configuredOptions() {
        Set<String> bound = new HashSet<>();
        BoundConfigurationProperties properties = BoundConfigurationProperties.get(applicationContext);
        if (properties != null) {
            properties.getAll().keySet().stream().filter(PREFIX::isAncestorOf)
                    .forEach(name -> bound.add(name.getElement(PREFIX.getNumberOfElements(), Form.UNIFORM)));
        }
        Map<String, Object> options = CamelPropertiesHelper.getNonNullProperties(camelContext, configuration);
        options.keySet().removeIf(option -> !bound.contains(option.toLowerCase(Locale.ROOT)));
        return options;
    }
}
