/**
 * Annotations that tell the binder and the writers how a type's properties map to front-matter
 * keys and how the canonical writer lays them out. None is needed for a plain record whose
 * component names are its keys.
 */
package org.frontmatter4j.annotation;
