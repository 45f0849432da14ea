package org.detente.coding;

/** A word that triggers an event and the pattern it fits. */
record Trigger(int token, Pattern pattern) {}
