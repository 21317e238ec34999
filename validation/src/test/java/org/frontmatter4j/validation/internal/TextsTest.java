package org.frontmatter4j.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextsTest {
  @Test
  void controlAndSpaceAgreeWithCharacterForEveryChar() {
    int controls = 0;
    int spaces = 0;
    for (int i = Character.MIN_VALUE; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      boolean control = Character.getType(c) == Character.CONTROL;
      boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c);
      assertThat(Texts.isControl(c)).as("U+%04X control", i).isEqualTo(control);
      assertThat(Texts.isSpace(c)).as("U+%04X space", i).isEqualTo(space);
      controls += control ? 1 : 0;
      spaces += space ? 1 : 0;
    }
    assertThat(controls).isEqualTo(65);
    assertThat(spaces).isGreaterThan(20);
  }

  @Test
  void firstControlSkipsLineBreaks() {
    assertThat(Texts.firstControl("a\r\nb")).isEqualTo(-1);
    assertThat(Texts.firstControl("a\nb\u0085c\tb")).isEqualTo(0x85);
    assertThat(Texts.firstLineBreak("a\tb\rc")).isEqualTo('\r');
  }
}
