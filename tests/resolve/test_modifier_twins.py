"""Twins a reader finds in a big graph (issue 15 item 7): a task with a modifier the field drops, synonyms,
a phrase inside a longer acronym's long form. Rules on invented names and sentences; the shipped synonym table on the field's own task names (general knowledge, sources in data/synonyms.tsv)."""

from __future__ import annotations

from paperkg.resolve.merging import modifier_twins, plan_merges
from paperkg.resolve.senses import written_senses


def _row(key, name, papers, aliases=()):
    return {"key": key, "name": name, "kind": key.split(":")[0], "aliases": list(aliases), "paper_count": papers}


def test_a_task_written_with_a_modifier_the_field_drops_joins_the_established_task():
    """Rule 7: "automatic"/"automated" before a task name (data/task_modifiers.txt) names the same task, when
    the rest names a task many papers use; never after a head word where it contrasts with human work, never
    into a task of few papers or not dominant, never for another kind."""
    rows = [
        _row("Task:zt", "zorb tagging", 240),
        _row("Task:azt", "automatic zorb tagging", 15, ["AZT"]),
        _row("Task:dzt", "Automated Zorb Tagging", 2),
        _row("Task:ze", "zorb evaluation", 300),
        _row("Task:aze", "automatic zorb evaluation", 20),
        _row("Task:zp", "zorb post-editing", 90),
        _row("Task:azp", "Automatic Zorb Post-Editing", 60),
        _row("Task:zs", "zorb scanning", 30),
        _row("Task:azs", "automatic zorb scanning", 19),
        _row("Task:zq", "zorb quizzing", 8),
        _row("Task:azq", "automatic zorb quizzing", 1),
        _row("Method:za", "zorb augmentation", 900),
        _row("Method:aza", "automatic zorb augmentation", 7),
        _row("Task:zl", "zorb linking", 50),
        _row("Task:azl", "automatically zorb linking", 1),
    ]
    assert modifier_twins(rows) == {"Task:azt": "Task:zt", "Task:dzt": "Task:zt"}
    assert plan_merges(rows, synonym_of={}) == {"Task:azt": "Task:zt", "Task:dzt": "Task:zt"}


def test_a_task_written_with_its_medium_or_means_joins_the_established_task():
    """Rule 7 with the words marked `phrase` (data/task_modifiers.txt): "neural"/"text"/"textual" before a task
    name of two words or more name the same task; not before one noun ("text scanning" is its own task), not a
    pair data/apart.tsv keeps apart (neural machine translation), and for methods "text"/"textual" only
    ("neural zorb filtering" is a named method)."""
    rows = [
        _row("Task:zp", "zorb parsing", 340),
        _row("Task:nzp", "neural zorb parsing", 30),
        _row("Task:tzd", "textual zorb detection", 4),
        _row("Task:zd", "zorb detection", 100),
        _row("Task:s", "scanning", 90),
        _row("Task:ts", "text scanning", 9),
        _row("Task:mt", "machine translation", 2000),
        _row("Task:nmt", "neural machine translation", 900),
        _row("Method:za", "zorb augmentation", 1000),
        _row("Method:tza", "text zorb augmentation", 15),
        _row("Method:zf", "zorb filtering", 13),
        _row("Method:nzf", "neural zorb filtering", 3),
    ]
    assert modifier_twins(rows) == {"Task:nzp": "Task:zp", "Task:tzd": "Task:zd", "Method:tza": "Method:za"}


def test_machine_reading_comprehension_and_open_domain_dialogue_generation_join_their_tasks():
    """Rule 5 with the shipped table: the field names one task "reading comprehension" and "machine reading
    comprehension", and open-domain dialogue is its response generation; task-oriented dialogue generation
    (one stage of a task-oriented system), named settings and style transfer (data/apart.tsv) stay apart
    where the corpus writes style transfer's other media; where it hardly does, the two are one (rule 8)."""
    rows = [
        _row("Task:rc", "reading comprehension", 313, ["RC"]),
        _row("Task:mrc", "machine reading comprehension", 194, ["MRC"]),
        _row("Task:mhrc", "multi-hop reading comprehension", 7),
        _row("Task:odd", "open-domain dialogue", 119),
        _row("Task:oddg", "open-domain dialogue generation", 23),
        _row("Task:tod", "task-oriented dialogue", 349),
        _row("Task:todg", "task-oriented dialogue generation", 3),
        _row("Task:st", "style transfer", 122),
        _row("Task:tst", "text style transfer", 90),
        _row("Task:ist", "image style transfer", 30),
    ]
    assert plan_merges(rows) == {"Task:mrc": "Task:rc", "Task:oddg": "Task:odd"}
    rows[-1] = _row("Task:ist", "image style transfer", 3)
    assert plan_merges(rows) == {"Task:mrc": "Task:rc", "Task:oddg": "Task:odd", "Task:tst": "Task:st"}


def test_a_phrase_inside_a_longer_acronyms_long_form_is_no_definition_of_the_acronym():
    """A capitalised run that spells ZLA but is the long form of a longer acronym the paper defines
    ("MOZLA", "SA-ZLA") leaves the paper's bare ZLA to the senses; the run that defines ZLA itself still
    keeps the paper apart, and so do one followed by a phrase or an edition in brackets and one whose
    run goes on to spell the longer acronym's added letters (ZLAKG)."""
    sp = {"M:zla": ["zorb lattice aligner"]}
    text = (
        "Fair Zorbs\n\nWe developed a ZLA-based model, Modern Optimized Zonal Lexical Alignment, or MOZLA, "
        "and compared it with ZLA."
    )
    assert written_senses("ZLA", text, sp, "M:own") == set()
    text = "Zorbs\n\nWe propose Syntax Aware Zonal Lexical Alignment (SA-ZLA) for tagging. SA-ZLA beats ZLA."
    assert written_senses("ZLA", text, sp, "M:own") == set()
    text = "Zorbs\n\nWe present Zonal Lexical Alignment (ZLA), a system for tagging."
    assert written_senses("ZLA", text, sp, "M:own") == {"M:own"}
    text = "Zorbs\n\nWe join the Zonal Lexical Alignment (noted as ZLA) shared task."
    assert written_senses("ZLA", text, sp, "M:own") == {"M:own"}
    # ZLA with letters its run spells after it ("ZLA" + "KG"): the run's first words define ZLA itself
    text = "Zorbs\n\nWe build the Zonal Lexical Alignment Knowledge Graph (ZLAKG) and train ZLA models on it."
    assert written_senses("ZLA", text, sp, "M:own") == {"M:own"}


def test_a_vanilla_method_is_the_established_method_of_its_kind():
    """Rule 9 with the shipped word list (data/plain_modifiers.txt): "vanilla" names a concept's unmodified
    original, so "vanilla ZorbFormer" joins ZorbFormer where many papers name it; not a concept of few
    papers, not one of another kind, and not a variety word ("classical", which names genres and languages)."""
    rows = [
        _row("Method:zf", "ZorbFormer", 400),
        _row("Method:vzf", "vanilla ZorbFormer", 17),
        _row("Method:vq", "Vanilla quux tuning", 3),
        _row("Method:q", "quux tuning", 5),
        _row("Task:vg", "vanilla glorp retrieval", 2),
        _row("Method:g", "glorp retrieval", 60),
        _row("Task:cp", "classical blarp generation", 2),
        _row("Task:p", "blarp generation", 30),
    ]
    assert plan_merges(rows, synonym_of={}) == {"Method:vzf": "Method:zf"}


def test_claim_verification_is_fact_verification_and_fact_checking_stays_the_pipeline():
    """Rule 5 with the shipped table: FEVER's task goes by "fact verification" and "claim verification"
    (Thorne et al. 2018); fact-checking, the whole pipeline, and evidence retrieval stay their own tasks."""
    rows = [
        _row("Task:fv", "fact verification", 112),
        _row("Task:cv", "claim verification", 66),
        _row("Task:fc", "fact-checking", 265),
        _row("Task:er", "evidence retrieval", 72),
    ]
    assert plan_merges(rows) == {"Task:cv": "Task:fv"}


def test_the_names_of_peft_and_of_test_time_scaling_are_one_concept_each():
    """Rule 5 with the shipped table: the parameter-efficient family goes by three names (Houlsby et al. 2019,
    He et al. 2022), scaling inference compute by four (Snell et al. 2024, Wu et al. 2024); a named member
    (LoRA) and the compute itself stay apart."""
    rows = [
        _row("Method:peft", "parameter-efficient fine-tuning", 187, ["PEFT"]),
        _row("Method:pet", "parameter-efficient tuning", 38),
        _row("Method:petl", "parameter-efficient transfer learning", 17),
        _row("Method:lora", "LoRA", 197),
        _row("Method:tts", "test-time scaling", 12),
        _row("Method:its", "inference-time scaling", 4),
        _row("Method:is", "inference scaling", 5),
        _row("Method:ttc", "test-time compute", 5),
    ]
    assert plan_merges(rows) == {
        "Method:is": "Method:tts",
        "Method:its": "Method:tts",
        "Method:pet": "Method:peft",
        "Method:petl": "Method:peft",
    }


def test_lifelong_learning_is_continual_learning_of_the_kind_most_papers_give():
    """Rule 5 with the shipped table: the field names one learning paradigm "continual" and "lifelong learning"
    (Biesialska et al. 2020); the merged concept takes the kind most papers give it, and incremental learning,
    which also names online updates of a parser, stays apart."""
    rows = [
        _row("Method:cl", "continual learning", 117, ["CL"]),
        _row("Task:ll", "lifelong learning", 23),
        _row("Method:il", "incremental learning", 20),
    ]
    assert plan_merges(rows) == {"Task:ll": "Method:cl"}
