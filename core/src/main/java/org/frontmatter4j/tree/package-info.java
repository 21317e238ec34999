/**
 * The front-matter tree: every node with its source position, and every scalar with the style it
 * was written in, so that writers can reproduce the file and errors can point at it.
 */
package org.frontmatter4j.tree;
