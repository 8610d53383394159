"""The refresh loop ends at a fixed point: its last pass is a full one that changes nothing.

A fake pass stands in for the steps: after a full pass, a chain of re-deciding passes each changes one key
(as a cascade of acronym moves does, a few papers a pass), longer than `PASSES`; a change no key names (a
merge that changes the neighbours another acronym is judged by) shows only to the next full pass.
"""

from __future__ import annotations

from paperkg.refresh import rounds


def _fake(chain: int, hidden: int):
    calls: list[object] = []
    state = {"chain": chain, "hidden": hidden}

    def one(st, keys):
        calls.append(None if keys is None else sorted(keys))
        if keys is None and state["hidden"]:  # a full pass finds what no key named
            state["hidden"] -= 1
            return {"senses": 1}, {"k"}
        if keys is not None and state["chain"]:  # one key at a time, pass after pass
            state["chain"] -= 1
            return {"senses": 1}, {"k"}
        return {}, set()

    return one, calls


def test_a_full_refresh_ends_with_a_full_pass_that_changes_nothing(monkeypatch):
    one, calls = _fake(chain=rounds.PASSES + 2, hidden=2)
    monkeypatch.setattr(rounds, "_refresh_round", one)
    counts = rounds.refresh_concepts(object())
    assert calls[-1] is None and counts["senses"] == rounds.PASSES + 2 + 2
    again, calls = _fake(chain=0, hidden=0)
    monkeypatch.setattr(rounds, "_refresh_round", again)
    assert set(rounds.refresh_concepts(object()).values()) == {0} and calls == [None]


def test_a_refresh_of_keys_runs_no_full_pass(monkeypatch):
    one, calls = _fake(chain=2, hidden=1)
    monkeypatch.setattr(rounds, "_refresh_round", one)
    rounds.refresh_concepts(object(), ["a"])
    assert None not in calls and calls[0] == ["a"]


def test_a_refresh_that_stops_at_its_cap_reports_what_is_pending(monkeypatch):
    one, _ = _fake(chain=rounds.PASSES + 3, hidden=0)
    monkeypatch.setattr(rounds, "_refresh_round", one)
    counts = rounds.refresh_concepts(object(), ["a"])
    assert counts["pending"] == 1
    done, _ = _fake(chain=2, hidden=0)
    monkeypatch.setattr(rounds, "_refresh_round", done)
    assert rounds.refresh_concepts(object(), ["a"])["pending"] == 0


def test_a_full_refresh_that_stops_at_its_cap_reports_what_is_pending(monkeypatch):
    one, calls = _fake(chain=0, hidden=rounds.FULL_PASSES + 1)
    monkeypatch.setattr(rounds, "_refresh_round", one)
    counts = rounds.refresh_concepts(object())
    assert calls.count(None) == rounds.FULL_PASSES and counts["pending"] == 1
