"""Helpers the test folders share, each defined once: import them as `tests.support.X`."""
