package org.camelcsta.springboot;

import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.camel.support.jsse.SSLContextParameters;
import org.camelcsta.component.CstaConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;
import org.springframework.stereotype.Component;

/**
 * Binds the bean-reference options of {@code camel.component.csta.*} ({@code configuration},
 * {@code sslContextParameters}) to Spring beans: {@code #name} or {@code #bean:name}.
 */
@Configuration(proxyBeanMethods = false)
@ConfigurationPropertiesBinding
@Component
public class CstaComponentConverter implements GenericConverter {

    @Autowired
    private ApplicationContext applicationContext;

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        Set<ConvertiblePair> answer = new LinkedHashSet<>();
        answer.add(new ConvertiblePair(String.class, CstaConfiguration.class));
        answer.add(new ConvertiblePair(String.class, SSLContextParameters.class));
        return answer;
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        if (source == null) {
            return null;
        }
        String ref = source.toString();
        if (!ref.startsWith("#")) {
            return null;
        }
        ref = ref.startsWith("#bean:") ? ref.substring("#bean:".length()) : ref.substring(1);
        return applicationContext.getBean(ref, targetType.getType());
    }
}
