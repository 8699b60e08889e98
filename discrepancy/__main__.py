"""`python -m discrepancy`: the same as the `discrepancy` command."""
from .cli import entry_point

entry_point()
