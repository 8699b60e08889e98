"""A finding's identity: kind, subject, normalised values and documents; never lines or order."""
from dataclasses import replace

from discrepancy.identity import identify
from discrepancy.model import Evidence, Finding


def finding(line_a=3, line_b=9, order=1) -> Finding:
    a = Evidence(doc="a", source="A", published=None, sentence="It damaged 40 bombers.", value="40",
                 start=11, end=13, line=line_a, path="a.txt")
    b = Evidence(doc="b", source="B", published=None, sentence="It damaged 14 bombers.", value="14",
                 start=11, end=13, line=line_b, path="b.txt")
    claims = (a, b) if order else (b, a)
    return Finding(kind="number", verdict="contradiction", severity="error", subject="bombers",
                   message="m", claims=claims, values=("40", "14") if order else ("14", "40"))


def test_identity_ignores_lines_offsets_and_order():
    assert identify(finding()) == identify(finding(line_a=30, line_b=1, order=0))


def test_identity_changes_with_values_documents_and_kind():
    base = identify(finding())
    assert identify(replace(finding(), values=("40", "15"))) != base
    assert identify(replace(finding(), kind="date")) != base
    f = finding()
    moved = replace(f, claims=(f.claims[0], replace(f.claims[1], doc="c")))
    assert identify(moved) != base


def test_identity_ignores_case_and_spacing_of_values():
    assert identify(replace(finding(), values=("1,000", "Defence  Minister"))) == identify(
        replace(finding(), values=("1000", "defence minister")))
