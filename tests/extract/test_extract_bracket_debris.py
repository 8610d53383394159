"""A name cut across a bracket ("SEK(Self-Explained Keywords", "(LSTM)-Recurrent Neural Network",
"SEM-TAB-FACT)(CITATION") is debris of the text around a name, never a concept (methp35: 3 papers of
acl-dev, none an annotated concept). Invented names."""

from paperkg.extract.concepts import balanced_brackets


def unbalanced(ex):
    return [e.name for e in ex.entities if not all(map(balanced_brackets, (e.name, *e.aliases)))]


def test_a_name_glued_to_a_bracket_gives_no_cut_name(extract_one):
    ex = extract_one(
        "Quarbling Zorb Tagging",
        "We propose a novel technique named QZT(Quarbling Zorb Tagging), which helps taggers. "
        "We join a Gated Zorb Unit (GZU)-Recurrent Zorb Network (RZN) with weighted voting. "
        "This is our entry to the task Zorb Verification with Tables (ZORB-TAB)(CITATION). "
        "QZT improves F1 by 2 points on ZorbBank.",
    )
    assert unbalanced(ex) == []


def test_a_balanced_bracket_inside_a_name_stays():
    assert balanced_brackets("FooNet (v2)") and balanced_brackets("Frob[1]")
    assert not balanced_brackets("FROB(Frobbing Over Bars") and not balanced_brackets("GRU)-Net")
