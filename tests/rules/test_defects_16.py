"""The defects issue 16 lists, each fixed at its cause: single points of failure are people and
posts, political anchoring includes legislatures, governments and statutes."""

from __future__ import annotations

import preventionkit as pk

_HEAD = "preventionkit: 2\nid: p\ntitle: Handlingsplan mot våld\n"

_BOROUGH = (
    _HEAD
    + """\
actors:
  - {id: council, name: Borough Council, kind: council, sector: municipal_leadership}
  - {id: cabinet, name: Cabinet, kind: executive_board, sector: municipal_leadership}
  - {id: youth, name: Youth Service, kind: unit, part_of: council}
  - {id: housing, name: Housing, kind: unit, part_of: council}
  - {id: club, name: Boxing Club, kind: civil_society_organisation, sector: civil_society}
decisions:
  - {id: d, by: cabinet, summary: Approves the strategy}
mandates:
  - {holder: council, granted_by: cabinet, decision: d, scope: Lead the strategy}
activities:
  - {id: a, title: Youth work, responsible: [youth]}
  - {id: b, title: Estates, responsible: [housing]}
"""
)


def _pk205(text: str) -> pk.ValidationReport:
    return pk.validate(pk.loads(text), select=["PK205"], lang="en")


def test_pk205_does_not_report_an_organisation_for_its_own_line() -> None:
    report = _pk205(_BOROUGH)
    assert report.findings == report.questions == ()


def test_pk205_reports_an_organisation_that_is_the_only_link_to_others_work() -> None:
    text = _BOROUGH + "  - {id: c, title: Boxing, responsible: [club]}\n"
    text = text.replace(
        "  - {id: club, name: Boxing Club, kind: civil_society_organisation, sector: "
        "civil_society}\n",
        "  - {id: club, name: Boxing Club, kind: civil_society_organisation, sector: "
        "civil_society}\nbodies:\n  - {id: forum, name: Forum, role: collaboration_team, "
        "part_of: youth, members: [club]}\n",
    )
    (f,) = _pk205(text).findings
    assert f.path == "actors[2]"  # the youth service, through which the club is reached
    assert "second link" in f.hint_text()
    assert "holders of the post" not in f.hint_text()


def test_pk205_does_not_report_committees_in_a_plain_steering_group() -> None:
    text = (
        _HEAD
        + """\
actors:
  - {id: ks, name: Kommunstyrelsen, kind: executive_board}
  - {id: ifn, name: IFN, kind: committee}
  - {id: fgn, name: FGN, kind: committee}
  - {id: kfn, name: KFN, kind: committee}
decisions: [{id: d, by: ks, summary: Antar}]
bodies:
  - {id: styr, name: Styrgruppen, role: steering_group, members: [ifn, fgn, kfn]}
mandates: [{holder: styr, granted_by: ks, decision: d, scope: Leda}]
activities:
  - {id: a, title: A, responsible: [ifn]}
  - {id: b, title: B, responsible: [fgn]}
  - {id: c, title: C, responsible: [kfn]}
"""
    )
    report = _pk205(text)
    assert report.findings == report.questions == ()


_POST = (
    _HEAD
    + """\
actors:
  - {id: ks, name: Kommunstyrelsen, kind: executive_board}
  - {id: samordnare, name: Samordnare, kind: function, part_of: ks, holders: 1}
  - {id: ifn, name: IFN, kind: committee}
decisions: [{id: d, by: ks, summary: Antar}]
mandates: [{holder: samordnare, granted_by: ks, decision: d, scope: Leda}]
bodies:
  - {id: grupp, name: Gruppen, role: operational_group, convener: samordnare, members: [ifn]}
activities:
  - {id: a, title: A, responsible: [ifn]}
"""
)


def test_pk205_reports_a_post_held_by_one_person_and_asks_when_holders_are_left_out() -> None:
    (f,) = _pk205(_POST).findings
    assert f.severity == "warning"
    assert "holders of the post or a deputy" in f.hint_text()
    report = _pk205(_POST.replace(", holders: 1", ""))
    assert report.findings == ()
    (q,) = report.questions
    assert q.unstated == ("actors[1].holders",)
    assert report.findings == _pk205(_POST.replace("holders: 1", "holders: 2")).findings


_GRANTORS = (
    _HEAD
    + """\
actors:
  - {id: riksdag, name: Riksdagen, kind: legislature}
  - {id: regering, name: Regeringen, kind: government}
  - {id: lst, name: Länsstyrelsen, kind: county_administrative_board}
  - {id: kommun, name: Kommunen, kind: municipality}
  - {id: polis, name: Polisen, kind: police}
  - {id: brå, name: Brå-föreningen, kind: civil_society_organisation}
decisions:
  - {id: avtal, by: polis, parties: [polis, kommun], summary: Samverkansavtal}
mandates:
  - {holder: lst, granted_by: regering, scope: Samordna, statute: Förordning (2021:995)}
  - {holder: lst, granted_by: riksdag, scope: Samordna}
  - {holder: polis, granted_by: brå, co_granted_by: [kommun], scope: Leda}
  - {holder: polis, granted_by: polis, decision: avtal, scope: Leda}
  - {holder: lst, granted_by: polis, scope: Samordna, statute: Lag om ansvar}
"""
)


def test_pk202_counts_legislatures_governments_statutes_and_municipal_parties() -> None:
    report = pk.validate(pk.loads(_GRANTORS), select=["PK202"], profile="regional")
    assert report.findings == report.questions == ()
    alone = _GRANTORS.replace(", co_granted_by: [kommun]", "")
    (f,) = pk.validate(pk.loads(alone), select=["PK202"], profile="regional").findings
    assert f.path == "mandates[2].granted_by"


def test_political_anchoring_is_the_same_under_the_international_profile() -> None:
    report = pk.validate(pk.loads(_GRANTORS), select=["PK202"], profile="international")
    assert "PK202" in report.rules
    assert report.findings == ()


_OUTSIDE = (
    _HEAD
    + """\
actors:
  - {id: kf, name: Kommunfullmäktige, kind: council}
  - {id: klubben, name: Idrottsklubben, kind: civil_society_organisation}
decisions: [{id: d, by: kf, summary: Antar}]
bodies:
  - {id: rad, name: Rådet, role: steering_group, members: []}
mandates: [{holder: rad, granted_by: kf, decision: d, scope: Leda}]
activities:
  - {id: a, title: Kampanj, responsible: [klubben]}
"""
)


def test_pk204_judges_stated_membership_and_asks_when_members_are_left_out() -> None:
    (f,) = pk.validate(pk.loads(_OUTSIDE), select=["PK204"]).findings
    assert f.severity == "error"
    report = pk.validate(pk.loads(_OUTSIDE.replace(", members: []", "")), select=["PK204"])
    assert report.findings == ()
    (q,) = report.questions
    assert q.unstated == ("actors[1].part_of", "bodies[0].members")
