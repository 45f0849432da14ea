/** The only package that imports Stanford CoreNLP: {@code Article -> AnnotatedArticle}. */
@NullMarked
package org.detente.nlp;

import org.jspecify.annotations.NullMarked;
