"""What an installation carries: every package and resource file in the wheel, no module the
program imports left out of the PyInstaller bundle, and dependencies pinned with hashes."""

from __future__ import annotations

import ast
import fnmatch
import re
import sys
import tomllib
from importlib.resources import files
from pathlib import Path

import pytest
from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from desktop_app import resources

REPO = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
SETUPTOOLS = PYPROJECT["tool"]["setuptools"]
# Resource files that are sources or notes, not read by the program (the spec skips them too).
NOT_SHIPPED = {".ts", ".py", ".md", ".pyc"}


# -- the wheel ----------------------------------------------------------------------------
def test_pyproject_lists_every_package():
    found = {
        ".".join(init.parent.relative_to(REPO).parts)
        for init in (REPO / "desktop_app").rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    listed = set(SETUPTOOLS["packages"])
    assert listed - {"desktop_app._resources"} == found, (
        "add the new package to [tool.setuptools] packages in pyproject.toml"
    )
    assert SETUPTOOLS["package-dir"] == {"desktop_app._resources": "resources"}


def test_every_resource_file_is_package_data():
    patterns = SETUPTOOLS["package-data"]["desktop_app._resources"]
    shipped = [
        path.relative_to(REPO / "resources").as_posix()
        for path in (REPO / "resources").rglob("*")
        if path.is_file() and path.suffix not in NOT_SHIPPED and "__pycache__" not in path.parts
    ]
    assert shipped
    left_out = [
        name
        for name in shipped
        if not any(fnmatch.fnmatchcase(name, pattern) for pattern in patterns)
    ]
    assert left_out == [], "add a pattern to [tool.setuptools.package-data] in pyproject.toml"


def test_resources_are_read_from_the_installed_package():
    folder = resources.resources_dir()
    assert folder == Path(str(files("desktop_app._resources")))
    assert (folder / "translations" / "qt_nb.qm").is_file()
    assert resources.load_guides("dpi_onboarding")


def test_missing_resources_say_what_to_do(monkeypatch):
    # an installation without the resource package
    monkeypatch.setattr(resources, "PACKAGE", "desktop_app._no_such_resources")
    with pytest.raises(FileNotFoundError, match="Installer Postvakt på nytt"):
        resources.resources_dir()


# -- the PyInstaller bundle ---------------------------------------------------------------
def _spec_excludes() -> list[str]:
    tree = ast.parse((REPO / "packaging" / "postvakt.spec").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "excludes" for t in node.targets
        ):
            return ast.literal_eval(node.value)
    raise AssertionError("packaging/postvakt.spec has no excludes = [...]")


def _imported_modules() -> dict[str, str]:
    """Every module that desktop_app imports (at the top or lazily inside a function),
    with the first file that does."""
    modules: dict[str, str] = {}
    for path in sorted((REPO / "desktop_app").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            else:
                continue
            for name in names:
                modules.setdefault(name, str(path.relative_to(REPO)))
    return modules


def test_the_bundle_excludes_no_module_the_program_imports():
    excludes = _spec_excludes()
    assert "pytest" in excludes  # the parse found the real list
    clashes = sorted(
        f"{module} ({where}) is excluded by «{excluded}»"
        for module, where in _imported_modules().items()
        for excluded in excludes
        if module == excluded or module.startswith(excluded + ".")
    )
    assert clashes == []


def _spec_drop() -> re.Pattern:
    tree = ast.parse((REPO / "packaging" / "postvakt.spec").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "_DROP" for t in node.targets
        ):
            return re.compile(ast.literal_eval(node.value.args[0]))
    raise AssertionError("packaging/postvakt.spec has no _DROP = re.compile(...)")


def test_the_bundle_keeps_qts_nynorsk_and_drops_its_other_translations():
    """Nynorsk loads Qt's qtbase_nn.qm beneath Postvakt's qt_nn.qm (desktop_app/i18n.py)."""
    drop = _spec_drop()
    for sep in ("/", "\\"):
        folder = sep.join(("PySide6", "Qt", "translations", ""))
        assert not drop.match(folder + "qtbase_nn.qm")
        assert drop.match(folder + "qtbase_de.qm")
        assert drop.match(folder + "qt_nn.qm")


def test_the_bundle_takes_the_resources_package():
    spec = (REPO / "packaging" / "postvakt.spec").read_text(encoding="utf-8")
    assert 'RESOURCES_PACKAGE = "desktop_app._resources"' in spec
    assert re.search(r'Path\("desktop_app", "_resources"', spec)


# -- pinned dependencies ------------------------------------------------------------------
def _lock(name: str) -> dict[str, tuple[str, list[str]]]:
    """{project: (version, hashes)} from a pip-compile lock file."""
    text = (REPO / "requirements" / name).read_text(encoding="utf-8")
    pins: dict[str, tuple[str, list[str]]] = {}
    for block in re.split(r"\n(?=\S)", text):
        match = re.match(r"([A-Za-z0-9_.\-]+)==(\S+)", block)
        if match:
            hashes = re.findall(r"--hash=sha256:([0-9a-f]{64})", block)
            pins[canonicalize_name(match[1])] = (match[2], hashes)
    return pins


@pytest.mark.parametrize("lock, extras", [("lock.txt", ()), ("lock-test.txt", ("test",))])
def test_every_dependency_is_pinned_with_hashes_within_pyproject(lock, extras):
    pins = _lock(lock)
    assert pins and all(hashes for _version, hashes in pins.values()), "a pin without a hash"
    wanted = list(PYPROJECT["project"]["dependencies"])
    for extra in extras:
        wanted += PYPROJECT["project"]["optional-dependencies"][extra]
    env = default_environment()
    if sys.platform != "linux":
        pytest.skip("the lock files are made for Linux")
    for line in wanted:
        req = Requirement(line)
        if req.marker and not req.marker.evaluate(env):
            continue
        name = canonicalize_name(req.name)
        assert name in pins, f"{req.name} is not in requirements/{lock}: refresh it"
        assert req.specifier.contains(pins[name][0], prereleases=True), (
            f"requirements/{lock} pins {req.name} {pins[name][0]}, pyproject wants "
            f"{req.specifier}: refresh it (requirements/README.md)"
        )


def test_the_test_lock_pins_the_program_as_the_program_lock_does():
    program, test = _lock("lock.txt"), _lock("lock-test.txt")
    assert {name: pin[0] for name, pin in program.items()} == {
        name: test[name][0] for name in program
    }
