package org.frontmatter4j;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An Immutables type as a user writes one, with Immutables' default style: no {@code builder()}
 * of its own, so the binder finds {@code ImmutableTalk.builder()}. Its accessors are declared in
 * an order that is neither alphabetical nor by length, which {@link UserTypesTest} checks the
 * description keeps.
 */
@Value.Immutable
interface Talk {
  String title();

  LocalDate date();

  List<String> speakers();

  Optional<String> room();

  @Value.Default
  default int minutes() {
    return 45;
  }

  /** Derived, with no builder setter: not a property. */
  @Value.Derived
  default String label() {
    return title() + " (" + minutes() + " min)";
  }
}
