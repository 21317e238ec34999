package consumer;

import org.frontmatter4j.FrontMatterParser;
import org.frontmatter4j.validation.ContentValidator;

/** Uses one class of each module, so that compiling proves both were resolved. */
public final class Check {
  private Check() {}

  public static void main(String[] args) {
    System.out.println(FrontMatterParser.builder().build() + " "
        + ContentValidator.builder().build());
  }
}
