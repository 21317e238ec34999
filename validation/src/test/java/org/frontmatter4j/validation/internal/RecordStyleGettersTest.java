package org.frontmatter4j.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.junit.jupiter.api.Test;

class RecordStyleGettersTest {
  private final RecordStyleGetters getters = new RecordStyleGetters();

  private static ConstrainableExecutable method(String name, Class<?> returns, Class<?>... parameters) {
    return new ConstrainableExecutable() {
      @Override
      public Class<?> getReturnType() {
        return returns;
      }

      @Override
      public String getName() {
        return name;
      }

      @Override
      public Class<?>[] getParameterTypes() {
        return parameters;
      }
    };
  }

  @Test
  void accessorsArePropertiesNamedExactlyLikeTheMethod() {
    assertThat(getters.getProperty(method("title", String.class))).contains("title");
    assertThat(getters.getProperty(method("isCached", Optional.class))).contains("isCached");
    assertThat(getters.getProperty(method("getWidth", int.class))).contains("getWidth");
    assertThat(getters.getGetterMethodNameCandidates("isCached")).isEqualTo(List.of("isCached"));
  }

  @Test
  void methodsWithParametersOrNoResultOrFromObjectAreNot() {
    assertThat(getters.getProperty(method("withTitle", Object.class, String.class))).isEmpty();
    assertThat(getters.getProperty(method("check", void.class))).isEmpty();
    assertThat(getters.getProperty(method("hashCode", int.class))).isEmpty();
    assertThat(getters.getProperty(method("toString", String.class))).isEmpty();
    assertThat(getters.getProperty(method("getClass", Class.class))).isEmpty();
  }
}
