"""Roles of collaboration bodies in the chain of governance (styrkedja, 002 §1.8; 001 p. 13–14)."""

from __future__ import annotations

from ._base import Term

__all__ = ["GOVERNANCE_ROLES", "BodyRole"]


class BodyRole(Term):
    """The function a collaboration body fills (002 §1.8)."""

    POLITICAL_STEERING = ("political_steering", "002 §1.8")
    STEERING_GROUP = ("steering_group", "002 §1.8")
    COLLABORATION_TEAM = ("collaboration_team", "002 §1.8")
    OPERATIONAL_GROUP = ("operational_group", "002 §1.8")
    REFERENCE_GROUP = ("reference_group", "001 p. 13–14")
    EXPERT_FUNCTION = ("expert_function", "001 p. 13")
    NETWORK = ("network", "003; 004")


GOVERNANCE_ROLES: tuple[BodyRole, ...] = (
    BodyRole.POLITICAL_STEERING,
    BodyRole.STEERING_GROUP,
    BodyRole.COLLABORATION_TEAM,
    BodyRole.OPERATIONAL_GROUP,
)
"""The four functions of a chain of governance, from the top (002 §1.8)."""
