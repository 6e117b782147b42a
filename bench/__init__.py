"""Kopbal's benchmark harness: `make bench`. Never part of the test suite."""
