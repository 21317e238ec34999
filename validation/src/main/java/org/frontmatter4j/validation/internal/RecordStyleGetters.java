package org.frontmatter4j.validation.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Treats record-style accessors ({@code title()}, {@code isCached()}) as getters named exactly
 * like the method. Hibernate Validator's default strategy only knows {@code get}/{@code is}/
 * {@code has} prefixes: it would silently ignore every constraint on the model, and it would name
 * {@code isCached()} "cached", while the YAML key, and so the property path, is
 * {@code isCached}.
 */
final class RecordStyleGetters implements GetterPropertySelectionStrategy {
  /** No-argument methods every object has, which are no properties. */
  private static final Set<String> NOT_PROPERTIES = Set.of("toString", "hashCode", "getClass");

  @Override
  public Optional<String> getProperty(ConstrainableExecutable executable) {
    if (executable.getParameterTypes().length > 0 || executable.getReturnType() == void.class
        || NOT_PROPERTIES.contains(executable.getName())) {
      return Optional.empty();
    }
    return Optional.of(executable.getName());
  }

  @Override
  public List<String> getGetterMethodNameCandidates(String propertyName) {
    return List.of(propertyName);
  }
}
