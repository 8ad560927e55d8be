# A Sphinx site with the Furo theme, reStructuredText and MyST Markdown pages, as a docs author
# sets one up: nothing here for the explorer, whose code goes in the pages (see
# docs/embedding.md). The pages with it are written by e2e/sphinx.spec.ts from the copied code.
#
# Debian's Furo (2022.12.07+dfsg-1, with Sphinx 5.3) is broken as shipped, in three ways that a
# test of a host page must not inherit: `mend_debian_furo` repairs the built site, after Sphinx
# has copied the theme's files, and keeps the rest of Furo as it is (its smooth scrolling and its
# sticky header included).
import re
from pathlib import Path

project = "Docs"
extensions = ["myst_parser"]
source_suffix = {".rst": "restructuredtext", ".md": "markdown"}
exclude_patterns = ["_build"]
html_theme = "furo"
html_title = "Docs"
html_permalinks = False
html_favicon = "favicon.svg"


def dark_when_auto(css: str) -> str:
    """Furo's dark rules, again for a dark system when the reader chose no theme ("auto").

    Furo's Sass has them (`@media (prefers-color-scheme: dark)` on `body:not([data-theme="light"])`);
    Debian's compiled furo.css lacks them, so "auto" stays light on a dark system. They are made
    from the `body[data-theme="dark"]` rules of the same file, so the colours are Furo's own.
    """
    start = css.index('@media not print {\n  body[data-theme="dark"]')
    depth = 0
    for end in range(css.index("{", start), len(css)):
        depth += {"{": 1, "}": -1}.get(css[end], 0)
        if depth == 0:
            break
    dark = css[css.index("{", start) + 1 : end]
    auto = dark.replace('body[data-theme="dark"]', 'body:not([data-theme="light"])')
    return css + "\n@media not print {\n  @media (prefers-color-scheme: dark) {" + auto + "} }\n"


def mend_debian_furo(app, exception):
    if exception is not None or app.builder.format != "html":
        return
    static = Path(app.outdir) / "_static"

    # 1. furo.js is an ES module (`import Gumshoe from "./gumshoe-patched.js"`) but is loaded as a
    #    plain script: a SyntaxError, so the theme toggle, hidden until the script runs, never shows.
    #    gumshoe-patched.js is a UMD file that defines window.Gumshoe: put it in place of the import.
    script = static / "scripts" / "furo.js"
    text = script.read_text()
    gumshoe = (static / "scripts" / "gumshoe-patched.js").read_text()
    script.write_text(text.replace('import Gumshoe from "./gumshoe-patched.js";', gumshoe, 1))

    # 2. furo.css starts with `@import url(/javascript/normalize.css/normalize.css)`, a path that
    #    only Debian's javascript-common web server answers: a 404 elsewhere, and no normalize.
    #    Inline the file that Debian's node-normalize.css package installs there.
    styles = static / "styles" / "furo.css"
    css = styles.read_text()
    normalize = re.match(r"@import url\((/javascript/[^)]+)\);\n", css)
    if normalize:
        css = Path("/usr/share" + normalize.group(1)).read_text() + "\n" + css[normalize.end() :]

    # 3. "auto" follows a dark system: see dark_when_auto.
    if "prefers-color-scheme: dark" not in css:
        css = dark_when_auto(css)
    styles.write_text(css)


def setup(app):
    app.connect("build-finished", mend_debian_furo)
