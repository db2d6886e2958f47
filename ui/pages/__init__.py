"""The wizard's pages: views only, no store access."""
