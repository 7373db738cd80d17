"""Loading document sources: every ``docs/*.py`` (not starting with ``_``) is a module
with a ``DOC`` dictionary and an optional ``VARIANTS`` list."""

import importlib.util
import os
import sys


def load_sources(docs_dir):
    """[(DOC, VARIANTS)] of every source file in ``docs_dir``, sorted by file name.
    The folder is put on ``sys.path`` so that a source can import another (a language
    version takes its schedule from the original)."""
    if docs_dir not in sys.path:
        sys.path.insert(0, docs_dir)
    out = []
    for fn in sorted(os.listdir(docs_dir)):
        if not fn.endswith(".py") or fn.startswith("_"):
            continue
        spec = importlib.util.spec_from_file_location(f"agendadocs.{fn[:-3]}", os.path.join(docs_dir, fn))
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        out.append((mod.DOC, getattr(mod, "VARIANTS", [])))
    return out
