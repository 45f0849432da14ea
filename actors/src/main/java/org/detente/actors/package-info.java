/** Actor dictionaries (countries, organisations, sectors, people with dated roles) to {@link org.detente.core.ActorMention}. */
@NullMarked
package org.detente.actors;

import org.jspecify.annotations.NullMarked;
