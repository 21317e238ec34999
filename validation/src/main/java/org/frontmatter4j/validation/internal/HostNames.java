package org.frontmatter4j.validation.internal;

/** RFC 1123 host names and dotted IPv4 addresses, the hosts a web page can live on. */
final class HostNames {
  private static final int MAX_LENGTH = 253;
  private static final int MAX_LABEL = 63;

  private HostNames() {}

  /**
   * Why an ASCII host name is not an RFC 1123 host name, or {@code null} when it is one. A
   * public host needs at least two labels, and its last label cannot be all digits (RFC 3696
   * section 2), which is what tells a host name from a mistyped IPv4 address.
   */
  static String problem(String host) {
    if (host.isEmpty()) {
      return "is empty";
    }
    String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    if (name.length() > MAX_LENGTH) {
      return "is " + name.length() + " characters long; host names have at most " + MAX_LENGTH;
    }
    String[] labels = name.split("\\.", -1);
    for (String label : labels) {
      String wrong = labelProblem(label);
      if (wrong != null) {
        return wrong;
      }
    }
    if (labels.length < 2) {
      return "has no dot; a public host name has at least two labels, such as example.com";
    }
    if (isIpv4(labels)) {
      return null;
    }
    if (allDigits(labels[labels.length - 1])) {
      return "ends with the all-digit label '" + labels[labels.length - 1]
          + "', which is neither a top-level domain nor an IPv4 address";
    }
    return null;
  }

  private static String labelProblem(String label) {
    if (label.isEmpty()) {
      return "has an empty label (two dots in a row, or a dot at the start)";
    }
    if (label.length() > MAX_LABEL) {
      return "has a label of " + label.length() + " characters; labels have at most " + MAX_LABEL;
    }
    if (label.charAt(0) == '-' || label.charAt(label.length() - 1) == '-') {
      return "has the label '" + label + "', which starts or ends with '-'";
    }
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      if (!isLetterOrDigit(c) && c != '-') {
        return "has the character '" + c + "'; host names have only letters, digits, '-' and '.'";
      }
    }
    return null;
  }

  private static boolean isIpv4(String[] labels) {
    if (labels.length != 4) {
      return false;
    }
    for (String label : labels) {
      if (label.isEmpty() || label.length() > 3 || !allDigits(label)
          || Integer.parseInt(label) > 255) {
        return false;
      }
    }
    return true;
  }

  /** A loop, not {@code chars().allMatch(...)}: a stream per host costs on every cold run. */
  static boolean allDigits(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean isLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
