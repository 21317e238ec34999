package org.frontmatter4j.validation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A user's own record with Jakarta constraints on components, container elements, a cascaded
 * nested record and the class itself: no getter naming tricks.
 */
@UserPost.TitleNotInTags
public record UserPost(
    @NotBlank @Size(max = 20) String title,
    @PastOrPresent LocalDate date,
    List<@NotBlank String> tags,
    Optional<@Email String> contact,
    Optional<@Valid Author> author,
    @Max(10) int weight) {

  /** A cascaded author. */
  public record Author(@NotBlank String name, @Email String email) {}

  /** A class-level constraint: the title must not also be a tag. */
  @jakarta.validation.Constraint(validatedBy = TitleNotInTagsValidator.class)
  @java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE)
  @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
  public @interface TitleNotInTags {
    /** The message. */
    String message() default "the title must not also be a tag";

    /** Groups. */
    Class<?>[] groups() default {};

    /** Payload. */
    Class<? extends jakarta.validation.Payload>[] payload() default {};
  }

  /** Checks {@link TitleNotInTags}. */
  public static final class TitleNotInTagsValidator
      implements jakarta.validation.ConstraintValidator<TitleNotInTags, UserPost> {
    /** Made by Hibernate Validator. */
    public TitleNotInTagsValidator() {}

    @Override
    public boolean isValid(UserPost post, jakarta.validation.ConstraintValidatorContext context) {
      return post.tags().stream().noneMatch(post.title()::equalsIgnoreCase);
    }
  }
}
