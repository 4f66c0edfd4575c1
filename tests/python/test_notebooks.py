# SPDX-License-Identifier: LGPL-2.1-or-later
"""Runs every notebook in examples/notebooks/ with nbclient and a Python 3
kernel (Debian's python3-nbclient and python3-ipykernel); a cell that
raises fails the test.

    /usr/bin/python3 tests/python/test_notebooks.py --update

(in the build tree's environment, `meson devenv -C build`) executes them
and writes the outputs back into the notebooks, as they are committed."""
import glob
import os
import sys
import tempfile
import unittest

SOURCE_ROOT = os.environ.get("MUTUAL_SOURCE_ROOT", os.path.join(os.path.dirname(__file__), "..", ".."))
NOTEBOOKS = sorted(glob.glob(os.path.join(SOURCE_ROOT, "examples", "notebooks", "*.ipynb")))

try:
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError
except ImportError:  # pragma: no cover - reported as a skip
    nbformat = None


def execute(path):
    notebook = nbformat.read(path, as_version=4)
    saved = dict(os.environ)
    with tempfile.TemporaryDirectory() as scratch:
        # the kernel inherits this environment (GI_TYPELIB_PATH,
        # LD_LIBRARY_PATH, PYTHONPATH of the build tree); keep Jupyter's
        # and IPython's files out of $HOME
        os.environ["JUPYTER_RUNTIME_DIR"] = os.path.join(scratch, "runtime")
        os.environ["IPYTHONDIR"] = os.path.join(scratch, "ipython")
        os.environ["PYDEVD_DISABLE_FILE_VALIDATION"] = "1"
        try:
            client = NotebookClient(notebook, timeout=120, kernel_name="python3",
                                    resources={"metadata": {"path": os.path.dirname(path)}})
            client.execute()
        finally:
            os.environ.clear()
            os.environ.update(saved)
    return notebook


@unittest.skipIf(nbformat is None, "python3-nbclient and python3-nbformat are not installed")
class NotebooksTest(unittest.TestCase):
    def test_there_are_notebooks(self):
        names = {os.path.basename(p) for p in NOTEBOOKS}
        self.assertTrue({"mycsp-story.ipynb", "3bm-spin-out.ipynb"} <= names, names)

    def test_notebooks_run(self):
        for path in NOTEBOOKS:
            with self.subTest(notebook=os.path.basename(path)):
                try:
                    notebook = execute(path)
                except CellExecutionError as error:
                    self.fail(f"{os.path.basename(path)}: a cell raised:\n{error}")
                outputs = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.outputs]
                errors = [o for o in outputs if o.get("output_type") == "error"]
                self.assertEqual(errors, [])
                # the notebooks show tables (HTML from the override or pandas)
                html = [o for o in outputs if "text/html" in o.get("data", {})]
                self.assertTrue(any("<table" in o["data"]["text/html"] for o in html), path)


def update():
    for path in NOTEBOOKS:
        notebook = execute(path)
        nbformat.write(notebook, path)
        print("executed", path)


if __name__ == "__main__":
    if "--update" in sys.argv:
        update()
    else:
        unittest.main()
