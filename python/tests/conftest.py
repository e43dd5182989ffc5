"""Shared helpers: the repository root, the `slant` CLI binary, and research data from
`../shared` (not shipped: a test that needs it is skipped, except under CI where it fails)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Test the installed package (`pip install ./python`), not the source folder python/slant,
# which lacks the compiled extension: `python -m pytest` run inside python/ puts it first.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ROOT / "python"]
SEED = "fixtures/anadolu-nato-asia.txt"  # the seed article (../shared/seed/000_9860bfa2709a7987.txt)


def shared_or_skip(relative, what):
    """`../shared/<relative>` (from the repository root) when present."""
    path = ROOT.parent / "shared" / relative
    if path.exists():
        return path
    if os.environ.get("CI"):
        pytest.fail(f"{path} is required in CI ({what}) but is not present")
    pytest.skip(f"{path} not present ({what})")


@pytest.fixture(scope="session")
def slant_bin():
    """The release CLI binary (built once if missing)."""
    target = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
    if not target.is_absolute():
        target = ROOT / target
    binary = target / "release" / "slant"
    if not binary.exists():
        subprocess.run(["cargo", "build", "--release", "--bin", "slant"], cwd=ROOT, check=True)
    return binary


@pytest.fixture(scope="session")
def cli(slant_bin):
    """Runs the CLI from the repository root; returns stdout (exit 0 required)."""

    def run(*args):
        r = subprocess.run(
            [str(slant_bin), *args, "--quiet"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            encoding="utf-8",
        )
        assert r.returncode == 0, r.stderr
        return r.stdout

    return run


def jsonl(text):
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def read(relative):
    with open(ROOT / relative, encoding="utf-8", newline="") as f:
        return f.read()


def file_args(relative):
    """The id and metadata the CLI gives a file named by this path (relative to the root)."""
    folder = os.path.dirname(relative)
    return {"id": relative, "meta": {"folder": folder} if folder else None}


def text_files(directory):
    """Article files of a directory as the CLI walks it: recursive, sorted by name, hidden
    entries left out, `.txt`/`.text` files."""
    out = []
    for dirpath, dirnames, filenames in os.walk(directory):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith(".") and name.lower().endswith((".txt", ".text")):
                out.append(os.path.join(dirpath, name))
    return sorted(out)
