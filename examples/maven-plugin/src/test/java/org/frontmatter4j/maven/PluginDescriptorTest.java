package org.frontmatter4j.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The plugin descriptor maven-plugin-plugin generated from the annotations: what Maven reads to
 * bind the goals, fill in defaults and map {@code -D} properties. The mojo tests set the same
 * defaults by hand; this test keeps them honest.
 */
class PluginDescriptorTest {
  private static Document descriptor;

  @BeforeAll
  static void read() throws Exception {
    try (InputStream in = PluginDescriptorTest.class.getResourceAsStream("/META-INF/maven/plugin.xml")) {
      assertThat(in).as("plugin.xml, generated in process-classes").isNotNull();
      descriptor = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
    }
  }

  @Test
  void thePluginHasAPrefixAndRunsOnMaven387AndJava17() {
    Element plugin = descriptor.getDocumentElement();
    assertThat(text(plugin, "goalPrefix")).isEqualTo("frontmatter4j");
    assertThat(text(plugin, "requiredMavenVersion")).isEqualTo("3.8.7");
    assertThat(text(plugin, "requiredJavaVersion")).isEqualTo("17");
  }

  @Test
  void bothGoalsBindToTheValidatePhaseAndAreThreadSafe() {
    for (String goal : new String[] {"validate", "format-check"}) {
      Element mojo = mojo(goal);
      assertThat(text(mojo, "phase")).isEqualTo("validate");
      assertThat(text(mojo, "threadSafe")).isEqualTo("true");
      assertThat(text(mojo, "requiresProject")).isEqualTo("true");
    }
  }

  @Test
  void validateHasTheDocumentedDefaultsAndProperties() {
    assertThat(configuration("validate")).containsExactly(
        Map.entry("directories", "default=${project.basedir}/content"),
        Map.entry("executionRoot", "default=${session.executionRootDirectory}"),
        Map.entry("failOn", "${frontmatter4j.failOn} default=error"),
        Map.entry("includes", "default=**/*.md,**/*.markdown,**/_newsletters/*.html"),
        Map.entry("kind", "${frontmatter4j.kind}"),
        Map.entry("lenient", "${frontmatter4j.lenient} default=false"),
        Map.entry("pluginVersion", "default=${plugin.version}"),
        Map.entry("reportFile", "${frontmatter4j.reportFile}"),
        Map.entry("requireFrontMatter", "${frontmatter4j.requireFrontMatter} default=false"),
        Map.entry("site", "${frontmatter4j.site}"),
        Map.entry("skip", "${frontmatter4j.skip} default=false"),
        Map.entry("threads", "${frontmatter4j.threads}"));
  }

  @Test
  void formatCheckSharesTheContentParameters() {
    assertThat(configuration("format-check")).containsExactly(
        Map.entry("directories", "default=${project.basedir}/content"),
        Map.entry("includes", "default=**/*.md,**/*.markdown,**/_newsletters/*.html"),
        Map.entry("kind", "${frontmatter4j.kind}"),
        Map.entry("skip", "${frontmatter4j.skip} default=false"),
        Map.entry("threads", "${frontmatter4j.threads}"));
  }

  @Test
  void onlyTheSiteParametersCanBeConfigured() {
    Map<String, Boolean> editable = new LinkedHashMap<>();
    NodeList parameters = mojo("validate").getElementsByTagName("parameter");
    for (int i = 0; i < parameters.getLength(); i++) {
      Element parameter = (Element) parameters.item(i);
      editable.put(text(parameter, "name"), Boolean.valueOf(text(parameter, "editable")));
    }
    assertThat(editable).containsEntry("executionRoot", false)
        .containsEntry("pluginVersion", false)
        .containsEntry("directories", true)
        .containsEntry("reportFile", true);
  }

  /** Each configured parameter: its -D property expression and its default, in order. */
  private static Map<String, String> configuration(String goal) {
    Element configuration = (Element) mojo(goal).getElementsByTagName("configuration").item(0);
    Map<String, String> result = new LinkedHashMap<>();
    NodeList children = configuration.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element element) {
        String expression = element.getTextContent().trim();
        String fallback = element.getAttribute("default-value");
        result.put(element.getTagName(), (expression + (fallback.isEmpty() ? ""
            : " default=" + fallback)).trim());
      }
    }
    return result;
  }

  private static Element mojo(String goal) {
    NodeList mojos = descriptor.getElementsByTagName("mojo");
    for (int i = 0; i < mojos.getLength(); i++) {
      Element mojo = (Element) mojos.item(i);
      if (goal.equals(text(mojo, "goal"))) {
        return mojo;
      }
    }
    throw new AssertionError("no goal " + goal);
  }

  /** The text of the first direct child named {@code name}. */
  private static String text(Element parent, String name) {
    NodeList children = parent.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element child && child.getTagName().equals(name)) {
        return child.getTextContent().trim();
      }
    }
    throw new AssertionError("no " + name + " in " + parent.getTagName());
  }
}
