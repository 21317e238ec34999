package org.frontmatter4j.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.frontmatter4j.FrontMatterDocument;
import org.frontmatter4j.KeyNaming;

/** The writers behind {@code FrontMatterWriter}. */
public final class Writers {
  private static final String DELIMITER = "---";

  private Writers() {}

  /**
   * {@code value} in its type's canonical layout, lines ended by {@code newline}, its
   * {@code @Body} (if its type has one) after the closing delimiter.
   */
  public static String canonical(Object value, String newline, KeyNaming naming) {
    return canonical(value, newline, naming, true);
  }

  /**
   * {@code value} in its type's canonical layout, with its {@code @Body} after the closing
   * delimiter when {@code withBody}, else nothing after it.
   */
  public static String canonical(Object value, String newline, KeyNaming naming,
      boolean withBody) {
    TypeModel model = TypeModel.ofValue(value.getClass());
    String body = withBody ? body(model, value) : "";
    Emitter emitter = new Emitter(newline);
    StringBuilder out = new StringBuilder(2048 + body.length()).append(DELIMITER).append(newline);
    Out.Map frontMatter = Layout.object(model, value, true, naming.ordinal());
    emitter.mapping(out, frontMatter.entries(), 0);
    if (frontMatter.blankAfter()) {
      out.append(newline);
    }
    return out.append(DELIMITER).append(newline).append(body).toString();
  }

  /** {@code source} with exactly the edits that turn what it holds into {@code edited}. */
  public static String preserving(Object edited, FrontMatterDocument source, KeyNaming naming) {
    TypeModel model = TypeModel.ofValue(edited.getClass());
    Object before = Binder.bind(source, model.type(), true, naming).orElseThrow();
    SourceEditor editor = new SourceEditor(source);
    new Differ(editor, naming.ordinal()).object(model, source.frontMatter(), before, edited, true);
    String body = body(model, edited);
    if (model.body() != null && !body(model, before).equals(body)) {
      editor.body(body);
    }
    return editor.result();
  }

  private static String body(TypeModel model, Object value) {
    Object body = model.body() == null ? null : model.body().get(value);
    return body == null ? "" : (String) body;
  }

  /**
   * Writes {@code text} as UTF-8 unless the file already holds exactly those bytes: to a temporary
   * file in the same directory, then renamed over the target in one atomic step, so that readers
   * never see half a file. An existing file keeps its POSIX permissions; a read-only one is
   * refused with an {@link AccessDeniedException}; a symbolic link is followed and its target
   * replaced.
   *
   * @return whether the file was written
   */
  public static boolean writeAtomically(Path path, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    Path target = Files.exists(path) ? path.toRealPath() : path.toAbsolutePath();
    if (Files.isRegularFile(target) && Files.size(target) == bytes.length
        && Arrays.equals(Files.readAllBytes(target), bytes)) {
      return false;
    }
    if (Files.exists(target) && !Files.isWritable(target)) {
      // Renaming over a file needs only a writable directory: without this check a file its
      // owner made read-only would be replaced all the same.
      throw new AccessDeniedException(target.toString(), null, "the file is read-only");
    }
    Path directory = target.getParent();
    Path temporary = directory.resolve("." + target.getFileName() + "."
        + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
    try {
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE); OutputStream out = Channels.newOutputStream(channel)) {
        out.write(bytes);
        out.flush();
        channel.force(true);
      }
      copyPermissions(target, temporary);
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
    return true;
  }

  private static void copyPermissions(Path from, Path to) throws IOException {
    PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class,
        LinkOption.NOFOLLOW_LINKS);
    if (source == null || !Files.exists(from)) {
      return;
    }
    Set<PosixFilePermission> permissions = source.readAttributes().permissions();
    Files.getFileAttributeView(to, PosixFileAttributeView.class).setPermissions(permissions);
  }
}
