// Sphinx, with the Furo theme and MyST-Parser, for the Sphinx site that e2e/sphinx.spec.ts builds:
// the Python that has all three, and, for `npm test` on a fresh machine, their installing from
// Debian's packages (as root on Debian), the way scripts/engines.mjs installs the browsers.
import { spawnSync } from "node:child_process";
import { aptInstall, isDebianRoot } from "./engines.mjs";

export const SPHINX_PACKAGES = ["python3-sphinx", "furo", "python3-myst-parser"];

/**
 * The first Python that imports sphinx, furo and myst_parser: $SPHINX_PYTHON, else python3 on
 * PATH, else Debian's /usr/bin/python3 (a pyenv or venv python3 on PATH lacks Debian's packages).
 * @returns {string | null}
 */
export function findSphinxPython() {
  const candidates = process.env.SPHINX_PYTHON ? [process.env.SPHINX_PYTHON] : ["python3", "/usr/bin/python3"];
  return candidates.find((python) => spawnSync(python, ["-c", "import sphinx, furo, myst_parser"], { stdio: "ignore" }).status === 0) ?? null;
}

/**
 * Makes sure a Python with Sphinx, Furo and MyST-Parser is there, installing Debian's packages
 * when it can. Returns why it is still missing, or null.
 * @param {(line: string) => void} log
 * @returns {string | null}
 */
export function ensureSphinx(log) {
  if (findSphinxPython()) return null;
  if (!process.env.SPHINX_PYTHON && isDebianRoot()) aptInstall(SPHINX_PACKAGES, "the Sphinx site", log);
  if (findSphinxPython()) return null;
  return process.env.SPHINX_PYTHON
    ? `SPHINX_PYTHON=${process.env.SPHINX_PYTHON} cannot import sphinx, furo and myst_parser.`
    : `no Python with Sphinx, Furo and MyST-Parser: on Debian, as root, \`apt-get install ${SPHINX_PACKAGES.join(" ")}\`.`;
}
