/** Event coding over the dependency graph: {@link org.detente.core.RecognizedArticle} to {@link org.detente.core.CodedArticle}. */
@NullMarked
package org.detente.coding;

import org.jspecify.annotations.NullMarked;
