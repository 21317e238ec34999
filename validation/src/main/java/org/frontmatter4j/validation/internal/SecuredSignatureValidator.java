package org.frontmatter4j.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import java.util.Base64;
import org.frontmatter4j.validation.ContentRule;
import org.frontmatter4j.validation.SecuredSignature;

/** Validates {@link SecuredSignature}. */
public final class SecuredSignatureValidator extends RuleValidator<SecuredSignature, CharSequence> {
  private static final int NONCE_BYTES = 16;

  /** Instantiated by Hibernate Validator. */
  public SecuredSignatureValidator() {}

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    String problem = problem(value.toString());
    return problem == null || report(context, new Finding(ContentRule.SECURED_FORMAT,
        "must be <base64>;<base64 of 16 bytes>, but " + problem));
  }

  private static String problem(String value) {
    int semicolon = value.indexOf(';');
    if (semicolon < 0 || value.indexOf(';', semicolon + 1) >= 0) {
      return "it has " + (semicolon < 0 ? "no" : "more than one") + " ';'";
    }
    String signature = value.substring(0, semicolon);
    String nonce = value.substring(semicolon + 1);
    if (signature.isEmpty()) {
      return "the part before ';' is empty";
    }
    byte[] decoded = decode(signature);
    if (decoded == null) {
      return "the part before ';' is not padded standard Base64";
    }
    decoded = decode(nonce);
    if (decoded == null) {
      return "the part after ';' is not padded standard Base64";
    }
    return decoded.length == NONCE_BYTES ? null
        : "the part after ';' holds " + decoded.length + " bytes, not " + NONCE_BYTES;
  }

  /** Strict decoding: Java's decoder also accepts missing padding, which Smartable never writes. */
  private static byte[] decode(String text) {
    if (text.length() % 4 != 0) {
      return null;
    }
    try {
      return Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
