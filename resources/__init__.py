"""Postvakt's resource files (translations, icons, checklist content, demo data).

Installed as the package ``desktop_app._resources`` (see ``[tool.setuptools.package-dir]`` in
pyproject.toml and packaging/postvakt.spec); read through :mod:`desktop_app.resources`.
"""
