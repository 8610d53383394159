"""An abstract copied from LaTeX keeps the author's macro for the paper's own name ("\\name", "\\tool"):
the title names it before its colon (seen in a CoIR-style benchmark abstract, a tool demo and a QA paradigm
paper). Invented names."""

from paperkg.sources.normalise import expand_own_name


def test_the_macro_reads_as_the_titles_name():
    abstract = r"We present \name (Quux Retrieval Benchmark), ten datasets. \tool is aimed at analysts."
    assert expand_own_name("QuRB: A Benchmark for Quux Retrieval", abstract) == (
        "We present QuRB (Quux Retrieval Benchmark), ten datasets. QuRB is aimed at analysts."
    )


def test_no_title_name_or_no_macro_leaves_the_abstract():
    assert expand_own_name("A Benchmark for Quux Retrieval", r"We present \name.") == r"We present \name."
    assert expand_own_name("QuRB: A Benchmark", "We present QuRB.") == "We present QuRB."
    # a command with an argument or a longer word is not the name macro
    assert expand_own_name("QuRB: A Benchmark", r"\nameref{x} and \names") == r"\nameref{x} and \names"
