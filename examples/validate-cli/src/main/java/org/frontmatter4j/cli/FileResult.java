package org.frontmatter4j.cli;

import java.nio.file.Path;
import java.util.List;
import org.frontmatter4j.Problem;

/**
 * What checking one file gave.
 *
 * @param path       the file
 * @param problems   its problems, in source order
 * @param unreadable why it could not be read, or null
 * @param roundTrip  whether the round trip was checked and identical: null when not checked
 */
record FileResult(Path path, List<Problem> problems, String unreadable, Boolean roundTrip) {

  static FileResult unreadable(Path path, String why) {
    return new FileResult(path, List.of(), why, null);
  }

  long count(boolean errors) {
    return problems.stream().filter(p -> p.isError() == errors).count();
  }
}
