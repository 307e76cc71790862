"""Helpers the test folders share, each defined once: import `tests.support.X`."""
