package org.reviewactions.shared;

import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.bytecode.spi.BytecodeProvider;
import org.hibernate.service.spi.ServiceContributor;

/**
 * Hibernate without classes made at run time. By default it builds, with Byte Buddy (about 900 classes to load), a
 * proxy class and an instantiator class for every entity while the EntityManagerFactory is built, and the engine
 * waits for that factory at every start (its transactions are JPA's). No entity here is read through a proxy: the one
 * to-one association (a recommendation's review) is read with its owner and nothing asks for a reference
 * (getReferenceById), so the "none" provider suffices; entities are made and read by reflection.
 * Should a lazy association or a reference be added, its first use fails with Hibernate's "BytecodeProvider is
 * 'none'" message, in the tests that read it. Hibernate 6.6 no longer reads hibernate.bytecode.provider, and
 * finds this contributor through META-INF/services (docs/benchmarks.md, "Start-up, second pass").
 */
public class NoRuntimeProxies implements ServiceContributor {

  @Override
  public void contribute(StandardServiceRegistryBuilder registry) {
    registry.addService(BytecodeProvider.class, new org.hibernate.bytecode.internal.none.BytecodeProviderImpl());
  }
}
