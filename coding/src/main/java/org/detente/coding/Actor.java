package org.detente.coding;

import org.detente.core.ActorCode;

/** An actor of an event; {@code inferred} when a fallback rather than the grammar found it. */
record Actor(ActorCode code, String text, boolean inferred) {}
