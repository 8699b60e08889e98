"""Comparisons: decide which claims conflict. One module per kind of claim."""
