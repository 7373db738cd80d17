#!/bin/sh
# Regenerate the project's generated corpus (corpus/generated/) from the agenda sources in
# tools/agendagen/docs/.  Not run in CI: it needs LibreOffice, poppler and a Python venv
# with the PDF text extractors, and takes a few minutes.
#
#   tools/agendagen/regen.sh --install   # Debian 12: apt packages + the venv (needs root for apt)
#   tools/agendagen/regen.sh             # rebuild everything, then self-check
#   tools/agendagen/regen.sh --only e-cn7-2023-1   # one document and its variants
#
# Builds are deterministic: the same sources, tool versions and fonts give byte-identical
# text files.  The corpus was last generated with Debian 12 packages
# libreoffice-writer-nogui 4:7.4.7-1+deb12u14, poppler-utils 22.12.0-2+deb12u3,
# fonts-liberation 1:1.07.4-11 and fonts-liberation2 2.1.5-1, and the Python packages
# pinned below; other versions may move line breaks and change the extractions.
#
# Only the text extractions, truth.json, expected.json, INDEX.json and the reports are
# committed; doc.pdf and source.fodt stay local (corpus/generated/.gitignore).
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
VENV=${AGENDAGEN_VENV:-$HERE/.venv-gen}
OUT=$ROOT/corpus/generated

if [ "${1:-}" = "--install" ]; then
    shift
    apt-get update
    apt-get install -y --no-install-recommends libreoffice-writer-nogui fonts-liberation fonts-liberation2 \
        poppler-utils python3-venv
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install pdfminer.six==20260107 pypdf==7.1.1 pymupdf==2.0 iscc-tika==0.6.0
fi

if [ ! -x "$VENV/bin/python" ]; then
    echo "error: no venv at $VENV (run $0 --install, or set AGENDAGEN_VENV)" >&2
    exit 2
fi

# build.py checks the sources and their variants' expectations first (tools/check_sources.py),
# renders, extracts, writes truth.json / expected.json, then checks every truth string
# against the PDF text (tools/check_truth.py).
cd "$HERE"
AGENDAGEN_PYTHON="$VENV/bin/python" "$VENV/bin/python" build.py --out "$OUT" "$@"
"$VENV/bin/python" tools/check_truth.py "$OUT"
