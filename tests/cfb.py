"""Compound files for tests: the writer lives in proxy.inspect.cfb (the guard rebuilds
objects embedded in Office files with it)."""

from proxy.inspect.cfb import Tree, compound_file

__all__ = ["Tree", "compound_file"]
