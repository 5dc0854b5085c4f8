"""Domain rules: plain Python, no Qt, no network, no storage (checked by import-linter)."""
