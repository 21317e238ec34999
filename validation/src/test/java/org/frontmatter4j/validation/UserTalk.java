package org.frontmatter4j.validation;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.immutables.value.Value;

/** A user's own Immutables type, constraints on its accessors. */
@Value.Immutable
public interface UserTalk {
  /** The title. */
  @NotBlank
  String title();

  /** At least one speaker. */
  @Size(min = 1)
  List<@NotBlank String> speakers();

  /** Minutes. */
  @Min(5)
  int minutes();
}
