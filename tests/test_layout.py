"""The house rules of the code's layout (README, "How the code is laid out")."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PROGRAMS = ROOT / "programs"
DOMAINS = ["content", "calls", "centers", "callbacks", "web"]
MAX_LINES = 260  # "about 250"
# Data, not logic: the starting content and the demonstration centers.
DATA_MODULES = {
    "programs/content/seed.py",
    "programs/content/seed_es.py",
    "programs/content/seed_pages.py",
    "programs/centers/demo_data.py",
    "programs/centers/service_names_es.py",
}


def modules():
    for path in sorted(PROGRAMS.rglob("*.py")):
        if "migrations" not in path.parts:
            yield path


def module_name(path):
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path, known):
    """The project modules `path` imports, at any depth of the file."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                child = f"{node.module}.{alias.name}"
                found.add(child if child in known else node.module)
    return {name for name in found if name in known}


def find_cycle(graph):
    """One import cycle as a list of modules, or None."""
    state, stack = {}, []

    def visit(node):
        state[node] = "open"
        stack.append(node)
        for other in sorted(graph[node]):
            if state.get(other) == "open":
                return stack[stack.index(other) :] + [other]
            if other not in state and (cycle := visit(other)):
                return cycle
        state[node] = "done"
        stack.pop()
        return None

    for node in sorted(graph):
        if node not in state and (cycle := visit(node)):
            return cycle
    return None


def test_the_cycle_finder_finds_a_cycle():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_no_module_imports_itself_back_through_others():
    paths = {module_name(path): path for path in modules()}
    graph = {name: imports_of(path, paths) - {name} for name, path in paths.items()}
    assert find_cycle(graph) is None


@pytest.mark.parametrize("path", list(modules()), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_module_is_over_about_250_lines(path):
    if path.relative_to(ROOT).as_posix() in DATA_MODULES:
        return
    assert len(path.read_text().splitlines()) <= MAX_LINES


@pytest.mark.parametrize("domain", DOMAINS)
def test_each_domain_is_a_package_with_its_reads_or_writes_views_and_signals_where_it_has_them(domain):
    package = PROGRAMS / domain
    assert (package / "__init__.py").is_file()
    if domain != "web":
        assert (package / "selectors.py").is_file() and (package / "services.py").is_file()


def test_templates_mirror_the_domains():
    folders = {path.name for path in (ROOT / "templates" / "programs").iterdir() if path.is_dir()}
    assert folders <= set(DOMAINS)
    assert not list((ROOT / "templates" / "programs").glob("*.html"))
