package org.frontmatter4j.validation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

/** A user's own JavaBean, constraints on a field and on a getter. */
public final class UserPage {
  @NotBlank
  private String title;
  private int order;

  /** An empty page, for the binder to fill. */
  public UserPage() {}

  /** The title. */
  public String getTitle() {
    return title;
  }

  /** Sets the title. */
  public void setTitle(String title) {
    this.title = title;
  }

  /** The order. */
  @Positive
  public int getOrder() {
    return order;
  }

  /** Sets the order. */
  public void setOrder(int order) {
    this.order = order;
  }
}
