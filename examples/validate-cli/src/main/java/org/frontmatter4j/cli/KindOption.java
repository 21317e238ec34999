package org.frontmatter4j.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Optional;
import org.frontmatter4j.model.Kind;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --kind auto|ID}, the same for {@code validate} and {@code format}. */
final class KindOption {

  /** The kind ids, for --kind's help and shell completion. */
  static final class KindIds implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(Kind.values()).map(Kind::id).iterator();
    }
  }

  @Spec(Spec.Target.MIXEE)
  private CommandSpec spec;

  @Option(names = "--kind", paramLabel = "ID", defaultValue = "auto",
      completionCandidates = KindIds.class,
      description = "auto (each file's kind from its folder, else its category or type) or the"
          + " kind to read every file as: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private String kind;

  /** {@return the kind every file is read as; empty for auto} */
  Optional<Kind> kind() {
    if (kind.equals("auto")) {
      return Optional.empty();
    }
    return Optional.of(Kind.byId(kind).orElseThrow(() -> new ParameterException(
        spec.commandLine(), "--kind must be auto or one of " + String.join(", ", new KindIds())
            + ", not '" + kind + "'")));
  }
}
