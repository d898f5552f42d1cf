"""Shared test configuration: hypothesis profiles and fixtures used across test areas.

Hypothesis profiles (select with the ``HYPOTHESIS_PROFILE`` environment variable):

* ``ci`` (default): 100 examples, no deadline, derandomized so CI runs are reproducible.
* ``dev``: fewer examples and a random seed, for quick local iteration.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    max_examples=100,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "dev",
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
