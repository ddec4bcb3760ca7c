"""The components are spaCy entry points: a user's own pipeline adds them by name."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COMPONENTS = ("inovasi_forms", "inovasi_dates", "inovasi_agencies", "inovasi_regions",
              "inovasi_officials", "inovasi_innovations", "inovasi_entities", "inovasi_innovation_dates", "inovasi_event",
              "inovasi_participants", "inovasi_title")

# A user's script: it never imports `pipeline`; spaCy must find every factory by name.
USER_SCRIPT = """
import json, sys
import spacy
nlp = spacy.blank("id")
nlp.add_pipe("sentencizer")
for name in sys.argv[1:]:
    nlp.add_pipe(name)
imported_by_spacy = "pipeline" in sys.modules
doc = nlp("MAJU JAYA - Wakil Bupati Maju Jaya, Andi Rahmat, membuka sosialisasi inovasi daerah "
          "di Aula Kantor Bupati, Senin (6/3/2023).")
names = [o["name"].value if hasattr(o["name"], "value") else o["name"]
         for o in (doc._.draft or {}).get("officials", [])]
print(json.dumps({"pipes": nlp.pipe_names, "imported_by_spacy": imported_by_spacy, "officials": names}))
"""


def _installed_metadata(where: Path) -> None:
    """A dist-info carrying pyproject's entry points, as `pip install` would write it.

    The test environment may hold an older install of the package; this makes
    the entry points under test the ones in this checkout's pyproject.toml.
    """
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    points = project["entry-points"]["spacy_factories"]
    info = where / "inovasi_entrypoints_check-0.0.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: inovasi-entrypoints-check\n"
                                   "Version: 0.0.0\n", encoding="utf-8")
    (info / "entry_points.txt").write_text(
        "[spacy_factories]\n" + "".join(f"{k} = {v}\n" for k, v in points.items()), encoding="utf-8")


def test_pyproject_declares_every_component():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert set(project["entry-points"]["spacy_factories"]) == set(COMPONENTS)


def test_add_pipe_by_name_without_importing_the_package(tmp_path):
    _installed_metadata(tmp_path / "site")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path / "site"), str(ROOT)])}
    result = subprocess.run([sys.executable, "-c", USER_SCRIPT, *COMPONENTS], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    out = json.loads(result.stdout.strip().splitlines()[-1])
    assert out["pipes"] == ["sentencizer", *COMPONENTS]
    assert out["imported_by_spacy"]  # loaded through the entry point, not by the script
    assert "Andi Rahmat" in out["officials"]


def test_unknown_component_name_still_fails(tmp_path):
    _installed_metadata(tmp_path / "site")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path / "site"), str(ROOT)])}
    result = subprocess.run([sys.executable, "-c", USER_SCRIPT, "inovasi_nothing"], cwd=tmp_path,
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode != 0 and "inovasi_nothing" in result.stderr
