"""What the browser tests share: axe-core, focus checks, keyboard moves."""

from functools import cache
from importlib.resources import files

NARROW = {"width": 375, "height": 812}  # a small phone
WIDE = {"width": 1280, "height": 900}  # a laptop

# WCAG 2.0, 2.1 and 2.2, levels A and AA (axe has no wcag22a tag).
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


@cache
def axe_source():
    """axe-core as bundled by axe-playwright-python (no download)."""
    return (files("axe_playwright_python") / "axe.min.js").read_text(encoding="utf-8")


def axe_violations(page):
    """Run axe-core on the page as it is now. Injected through page.evaluate,
    which the page's Content-Security-Policy does not govern."""
    assert (
        page.evaluate("getComputedStyle(document.querySelector('.site-header')).borderBottomWidth") == "4px"
    ), "site.css did not load: colour contrast would be checked against browser defaults"
    page.evaluate(axe_source())
    results = page.evaluate(
        "options => axe.run(document, options)",
        {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]},
    )
    return results["violations"]


def describe(violations):
    lines = []
    for violation in violations:
        lines.append(
            f"- {violation['id']} ({violation['impact']}): {violation['help']} {violation['helpUrl']}"
        )
        for node in violation["nodes"]:
            lines.append(f"    {' '.join(map(str, node['target']))}: {node['html'][:200]}")
            summary = node.get("failureSummary", "").replace("\n", " ")
            if summary:
                lines.append(f"      {summary[:300]}")
    return "\n".join(lines)


FOCUSED = """() => {
  const el = document.activeElement;
  const style = getComputedStyle(el);
  return {
    tag: el.tagName.toLowerCase(),
    text: (el.innerText || el.value || el.getAttribute('aria-label') || '').trim().slice(0, 60),
    id: el.id,
    classes: el.className,
    type: el.type || '',
    name: el.name || '',
    href: el.getAttribute('href') || '',
    outlineStyle: style.outlineStyle,
    outlineWidth: parseFloat(style.outlineWidth) || 0,
    boxShadow: style.boxShadow,
    visible: el.getBoundingClientRect().width > 0 && el.getBoundingClientRect().height > 0
      && el.getBoundingClientRect().bottom > 0 && el.getBoundingClientRect().top < innerHeight,
  };
}"""


def focused(page):
    return page.evaluate(FOCUSED)


def has_visible_focus(element):
    outline = element["outlineStyle"] != "none" and element["outlineWidth"] >= 2
    return (outline or element["boxShadow"] != "none") and element["visible"]


def tab_until(page, matches, *, limit, trail):
    """Press Tab until the focused element satisfies `matches`; every element
    passed on the way is appended to `trail`. Returns the element."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        element = focused(page)
        trail.append(element)
        if matches(element):
            return element
    raise AssertionError(
        f"Not reached within {limit} Tabs; focus went through:\n"
        + "\n".join(f"  <{e['tag']} class={e['classes']!r}> {e['text']!r}" for e in trail[-limit:])
    )
