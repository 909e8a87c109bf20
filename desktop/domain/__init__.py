"""Pure rules of community operations: no Qt, no SQL, unit-tested on their own."""
