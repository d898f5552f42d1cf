"""Roles of collaboration bodies in the chain of governance (styrkedja, 002 §1.8; 001 p. 13–14)."""

from __future__ import annotations

from ._base import Term

__all__ = ["GOVERNANCE_ROLES", "BodyRole"]


class BodyRole(Term):
    """The function a collaboration body fills (002 §1.8)."""

    POLITICAL_STEERING = (
        "political_steering",
        "politisk styrgrupp",
        "political steering group",
        "E.g. the council or a committee; decides politically.",
        "002 §1.8",
    )
    STEERING_GROUP = (
        "steering_group",
        "styrgrupp",
        "steering group",
        "Creates conditions for collaboration, anchors and gives mandate, breaks the vision into "
        "goals and sees that commitments are carried out and followed up.",
        "002 §1.8",
    )
    COLLABORATION_TEAM = (
        "collaboration_team",
        "samverkansteam",
        "collaboration team",
        "Strategic planning, design and follow-up; the link between steering decisions and "
        "execution; delegates tasks to operational groups.",
        "002 §1.8",
    )
    OPERATIONAL_GROUP = (
        "operational_group",
        "operativ arbetsgrupp",
        "operational working group",
        "Staff doing the work closest to the target group.",
        "002 §1.8",
    )
    REFERENCE_GROUP = (
        "reference_group",
        "referensgrupp",
        "reference group",
        "Key people activated as needed to advise on an activity.",
        "001 p. 13–14",
    )
    EXPERT_FUNCTION = (
        "expert_function",
        "expertfunktion",
        "expert function",
        "A competence centre that supports the collaboration body, e.g. Centrum mot våld.",
        "001 p. 13",
    )
    NETWORK = (
        "network",
        "nätverk",
        "network",
        "A network for exchange without a decision role, e.g. RSS networks.",
        "003; 004",
    )


GOVERNANCE_ROLES: tuple[BodyRole, ...] = (
    BodyRole.POLITICAL_STEERING,
    BodyRole.STEERING_GROUP,
    BodyRole.COLLABORATION_TEAM,
    BodyRole.OPERATIONAL_GROUP,
)
"""The four functions of a chain of governance, from the top (002 §1.8)."""
