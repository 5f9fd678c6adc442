package org.reviewactions.shared;

import java.util.Map;
import org.springframework.boot.autoconfigure.orm.jpa.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * The other half of {@link NoRuntimeProxies}: JPA's class transformer (unused here: no load-time weaving) would
 * otherwise make its own Byte Buddy provider while Hibernate is built, loading Byte Buddy for nothing.
 */
@Component
class NoRuntimeProxiesForTheEnhancer implements HibernatePropertiesCustomizer {

  @Override
  public void customize(Map<String, Object> hibernateProperties) {
    hibernateProperties.put("hibernate.enhancer.bytecodeprovider.instance",
        new org.hibernate.bytecode.internal.none.BytecodeProviderImpl());
  }
}
