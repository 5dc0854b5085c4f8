"""Postvakt: a desktop assistant for municipal post through SvarUt, Altinn and DPI."""

__version__ = "0.1.0"
