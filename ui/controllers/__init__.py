"""Controllers: connect the views' signals to the ``.tomw`` store (no widgets built here)."""
