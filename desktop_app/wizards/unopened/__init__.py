"""Uåpnet post: which confidential letters in a SvarUt export nobody has opened, and what to do."""
