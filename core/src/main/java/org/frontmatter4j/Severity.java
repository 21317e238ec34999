package org.frontmatter4j;

/** How serious a {@link Problem} is. */
public enum Severity {
  /** The content is wrong and must be fixed. */
  ERROR,
  /** The content is suspicious but usable. */
  WARNING;

  /** {@return lower-case name as printed in reports: {@code error} or {@code warning}} */
  public String label() {
    return this == ERROR ? "error" : "warning";
  }
}
