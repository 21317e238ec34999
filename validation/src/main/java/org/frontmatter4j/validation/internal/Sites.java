package org.frontmatter4j.validation.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the site each file belongs to: the nearest folder at or above it that holds a
 * {@code _config.yml}, or the one root a user names. Each folder is looked up and each config
 * read once per run; safe to use from many threads.
 */
public final class Sites {
  private final Optional<SiteConfig> fixed;
  private final Map<Path, Optional<SiteConfig>> byFolder = new ConcurrentHashMap<>();

  /** Sites found from each file's folders, or the one {@code root} for every file. */
  public Sites(Optional<Path> root) {
    this.fixed = root.map(r -> SiteConfig.read(r.toAbsolutePath().normalize()));
  }

  /** The site of a file, if it has one. */
  public Optional<SiteConfig> siteOfFile(Path file) {
    Path parent = file.toAbsolutePath().normalize().getParent();
    return fixed.isPresent() || parent == null ? fixed : siteAt(parent);
  }

  /** The site of a folder (its own, when it holds a {@code _config.yml}), if it has one. */
  public Optional<SiteConfig> siteOfFolder(Path folder) {
    return fixed.isPresent() ? fixed : siteAt(folder.toAbsolutePath().normalize());
  }

  private Optional<SiteConfig> siteAt(Path folder) {
    Optional<SiteConfig> known = byFolder.get(folder);
    if (known != null) {
      return known;
    }
    Optional<SiteConfig> site;
    if (Files.isRegularFile(folder.resolve(SiteConfig.FILE_NAME))) {
      site = Optional.of(SiteConfig.read(folder));
    } else {
      site = folder.getParent() == null ? Optional.empty() : siteAt(folder.getParent());
    }
    // putIfAbsent: two threads that race read the config twice but agree on one instance.
    Optional<SiteConfig> raced = byFolder.putIfAbsent(folder, site);
    return raced == null ? site : raced;
  }

  /** Whether {@code file} is the config file of its own site. */
  public boolean isSiteConfig(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    return absolute.getFileName() != null
        && absolute.getFileName().toString().equals(SiteConfig.FILE_NAME)
        && siteOfFile(absolute).map(site -> site.configFile().equals(absolute)).orElse(false);
  }
}
