"""The lexicon's T5 entry lists the long form its paper defines (Raffel et al., JMLR 2020), so a paper's
"Text-to-Text Transfer Transformer (T5)" is the T5 model, not a method of its own name (invented sentence)."""


def test_t5_long_form_is_the_t5_model(extract_one):
    ex = extract_one("Zorb tagging", "We fine-tune a pretrained text-to-text transfer transformer (T5) on zorb tagging data.")
    found = {(e.type, e.name) for e in ex.entities}
    assert ("Model", "T5") in found or any(e.type == "Model" and "T5" in (e.name, *e.aliases) for e in ex.entities)
    assert not any(e.type == "Method" and "transfer transformer" in e.name.lower() for e in ex.entities)
