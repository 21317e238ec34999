package org.frontmatter4j.validation.internal;

import org.frontmatter4j.validation.ContentRule;

/**
 * What a check found wrong: the rule and a message without a subject, in Bean Validation style
 * ("must be an http or https link"), so that it reads well after any property name.
 */
record Finding(ContentRule rule, String message) {}
