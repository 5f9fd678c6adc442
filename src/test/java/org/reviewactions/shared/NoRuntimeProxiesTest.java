package org.reviewactions.shared;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Hibernate runs without a bytecode provider ({@link NoRuntimeProxies}), so a lazy to-one association cannot be
 * loaded: it would fail at its first use in a request, not at start. This finds one in any entity at build time.
 */
class NoRuntimeProxiesTest {

  @Test
  void noEntityHasALazyToOneAssociation() throws ClassNotFoundException {
    List<String> lazy = new ArrayList<>();
    List<Class<?>> entities = entities();
    for (Class<?> entity : entities) {
      for (Class<?> type = entity; type != Object.class; type = type.getSuperclass()) {
        for (Field field : type.getDeclaredFields()) {
          if (lazyToOne(field)) {
            lazy.add(entity.getSimpleName() + "." + field.getName());
          }
        }
      }
    }
    assertThat(entities).as("entities scanned").hasSizeGreaterThan(10);
    assertThat(lazy).as("lazy to-one associations (need a proxy Hibernate cannot make here)").isEmpty();
  }

  @Test
  void aLazyToOneAssociationIsFound() throws NoSuchFieldException {
    assertThat(lazyToOne(WithLazyReview.class.getDeclaredField("review"))).isTrue();
    assertThat(lazyToOne(WithLazyReview.class.getDeclaredField("owner"))).isTrue();
    assertThat(lazyToOne(WithLazyReview.class.getDeclaredField("eager"))).isFalse();
  }

  private static boolean lazyToOne(Field field) {
    ManyToOne manyToOne = field.getAnnotation(ManyToOne.class);
    OneToOne oneToOne = field.getAnnotation(OneToOne.class);
    return manyToOne != null && manyToOne.fetch() == FetchType.LAZY
        || oneToOne != null && oneToOne.fetch() == FetchType.LAZY;
  }

  private static List<Class<?>> entities() throws ClassNotFoundException {
    ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(Entity.class));
    List<Class<?>> found = new ArrayList<>();
    for (BeanDefinition definition : scanner.findCandidateComponents("org.reviewactions")) {
      found.add(Class.forName(definition.getBeanClassName()));
    }
    return found;
  }

  @SuppressWarnings("unused")
  private static final class WithLazyReview {
    @ManyToOne(fetch = FetchType.LAZY)
    private Object review;
    @OneToOne(fetch = FetchType.LAZY)
    private Object owner;
    @ManyToOne
    private Object eager;
  }
}
