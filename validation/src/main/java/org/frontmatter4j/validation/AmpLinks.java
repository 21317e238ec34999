package org.frontmatter4j.validation;

import java.util.Optional;

/**
 * A bean with an AMP link and its Google AMP cache link, for {@link AmpCacheMatch} on users' own
 * types. Violations name the properties {@code ampWebUrl} and {@code cdnAmpWebUrl}.
 */
public interface AmpLinks {
  /** {@return the AMP version of the page} */
  Optional<String> ampWebUrl();

  /** {@return the AMP version in the Google AMP cache} */
  Optional<String> cdnAmpWebUrl();
}
