"""Odd input must never crash the extractor."""

import pytest


@pytest.mark.parametrize(
    "title, abstract",
    [
        ("", ""),
        ("Only a title: GPT-4", ""),
        ("Un article", "Nous proposons une méthode pour la traduction automatique sur WMT14 avec 30,2 BLEU."),
        ("中文标题", "我们提出了一种新的方法，在GSM8K上达到了90%的准确率。"),
        (
            "LaTeX",
            r"We get $\mathcal{O}(n^2)$ with \textbf{97.2\%} on $\text{MATH}_{500}$ and D^{2}MoE, H_2O \cite{x} \\ \( a \)",
        ),
        (
            "Unicode",
            "Zero\u200bwidth, RTL \u202eevil\u202c, emoji 🤖🚀, combining e\u0301, NBSP\u00a0here, (((( ))) ), ((DPO",
        ),
        ("Parens", "(" * 50 + "FSR" + ")" * 50),
    ],
)
def test_odd_text_does_not_crash(extract_one, title, abstract):
    ex = extract_one(title, abstract)
    assert ex.title == title


def test_fifty_thousand_word_abstract(extract_one):
    abstract = " ".join(["We fine-tune Llama-2 with LoRA on GSM8K and reach 50.1% accuracy."] * 4600)
    assert len(abstract.split()) >= 50_000
    ex = extract_one("A Very Long Abstract", abstract)
    names = {e.name for e in ex.entities}
    assert {"Llama-2", "LoRA", "GSM8K"} <= names
