"""Real action plans encoded from the source documents, shipped as package data.

* ``umea``: Umeå's joint action plan against violence (seed 001);
* ``vasterbotten``: Våldsprevention Västerbotten, the county administrative board's work with
  four inland municipalities, the police and MÄN (seed 002 §1.5);
* ``gavle``: Gävle's "En kommun fri från våld" (seed 002 §1.10).

Each is a YAML file whose comments cite the seed page or section of every fact, shipped
with the same plan as JSON so that the core install reads it without the yaml extra::

    import preventionkit as pk

    plan = pk.examples.load("umea")
    print(pk.examples.text("umea")[:60])
"""

from __future__ import annotations

from ._examples import json_text, load, names, path, text

__all__ = ["json_text", "load", "names", "path", "text"]
