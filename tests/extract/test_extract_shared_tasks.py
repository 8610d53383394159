"""Field conventions the rules know: shared-task editions and numbered tasks
name evaluation data, released checkpoint variants and averaged metrics are
their own names, and a system-description title names a team, not a concept."""

from paperkg.extract.concepts import shared_task_pattern


def names(ex):
    return {e.name: e.type for e in ex.entities}


def test_shared_task_pattern_takes_the_longest_form():
    pat = shared_task_pattern(["SemEval", "WMT", "PARSEME"])
    assert pat.search("on the SemEval-2019 Task 6 data").group(0) == "SemEval-2019 Task 6"
    assert pat.search("the PARSEME Shared Task 1.1 corpus").group(0) == "PARSEME Shared Task 1.1"
    assert pat.search("WMT 2014 English-German").group(0) == "WMT 2014"
    assert pat.search("SemEvalX") is None


def test_numbered_shared_task_is_a_dataset(extract_one):
    ex = extract_one("A Sarcasm Detector", "We evaluate our detector on SemEval-2022 Task 6 and reach 0.71 F1.")
    assert names(ex).get("SemEval-2022 Task 6") == "Dataset"


def test_an_event_edition_alone_is_not_data_but_a_test_set_edition_is(extract_one):
    ex = extract_one("Notes", "We took part in SemEval-2023 and also report BLEU on WMT 2016 test data.")
    found = names(ex)
    assert "SemEval-2023" not in found
    assert found.get("WMT 2016") == "Dataset"


def test_a_workshop_named_alone_is_the_venue_not_data(extract_one):
    """ "at VarDial", "the SemEval datasets": a workshop's bare name is where shared tasks are held
    (guideline notes 1: venues are no entities); a series whose bare name is data (WMT) stays."""
    ex = extract_one(
        "Notes",
        "We took part in the Zorble task at VarDial. We evaluate on the SemEval datasets "
        "and the SIGMORPHON data, and on WMT data.",
    )
    found = names(ex)
    assert not {"VarDial", "SemEval", "SIGMORPHON"} & set(found)
    assert found.get("WMT") == "Dataset"


def test_an_edition_of_a_series_shared_task_is_its_data_but_the_bare_event_is_not(extract_one):
    ex = extract_one("Notes", "Our tagger reached 61.2 F1 in the IWPT 2031 Shared Task and took part in SemEval-2031.")
    found = names(ex)
    assert found.get("IWPT 2031 Shared Task") == "Dataset"
    assert "SemEval-2031" not in found and "IWPT 2031" not in found
    assert [r.dataset for r in ex.results] == ["IWPT 2031 Shared Task"]


def test_a_workshops_numbered_task_is_its_data_and_the_workshop_edition_no_concept(extract_one):
    """Workshops whose shared tasks carry their name (BLP, WANLP, SIGTYP) follow SemEval's convention."""
    ex = extract_one(
        "TeamY at BLP-2031 Task 2: Sentiment Analysis of Bangla Posts",
        "We took part in BLP-2031 Task 2 and the WANLP 2031 Shared Task; our model reaches 0.71 micro F1.",
    )
    found = names(ex)
    assert found.get("BLP-2031 Task 2") == "Dataset" and found.get("WANLP 2031 Shared Task") == "Dataset"
    assert "BLP-2031" not in found and "BLP" not in found and "WANLP 2031" not in found


def test_a_named_shared_task_with_its_year_is_one_dataset_in_either_order(extract_one):
    ex = extract_one(
        "Notes on the Blorp Translation Task 2031",
        "We took part in the 2031 Blorp Translation Shared Task and reached 33.1 BLEU. "
        "The First Shared Task 2031 had 12 teams.",
    )
    datasets = [e for e in ex.entities if e.type == "Dataset"]
    assert [e.name for e in datasets] == ["Blorp Translation Task 2031"]
    assert list(datasets[0].aliases) == ["2031 Blorp Translation Shared Task"]
    assert [r.value for r in ex.results if r.dataset == "Blorp Translation Task 2031"] == ["33.1"]


def test_a_named_shared_task_with_its_edition_after_the_acronym_is_its_data(extract_one):
    # "the Complex Word Identification (CWI) 2018 Shared Task" (ACL 44k: 48 abstracts): the edition after the
    # bracketed acronym belongs to the task's name as it does without it; the acronym is no part of it (R1)
    ex = extract_one("Notes", "We describe our entry to the Zorbic Word Framing (ZWF) 2031 shared task on tweets.")
    datasets = [e for e in ex.entities if e.type == "Dataset"]
    assert [d.name for d in datasets] == ["Zorbic Word Framing 2031 shared task"]
    assert "Zorbic Word Framing" in datasets[0].aliases


def test_a_year_after_an_event_name_is_the_events_not_a_named_tasks(extract_one):
    ex = extract_one("Notes", "We describe our entry to the IWPT 2031 Zorble Shared Task on graph parsing.")
    assert not [e.name for e in ex.entities if e.type == "Dataset"]


def test_numbers_go_to_the_data_a_shared_task_paper_names_not_to_the_task(extract_one):
    ex = extract_one(
        "ZED at the IWPT 2031 Shared Task: Graph Parsing",
        "We parse enhanced Universal Dependencies graphs. Our parser reaches a coarse ELAS F1 score of 81.2.",
    )
    assert {e.name for e in ex.entities if e.type == "Dataset"} == {"IWPT 2031 Shared Task", "Universal Dependencies"}
    assert [(r.dataset, r.value) for r in ex.results] == [("Universal Dependencies", "81.2")]


def test_checkpoint_variant_follows_the_model_name(extract_one):
    ex = extract_one("Probing", "We fine-tune RoBERTa Large and compare it with BERT base uncased.")
    found = names(ex)
    assert found.get("RoBERTa Large") == "Model"
    assert found.get("BERT base uncased") == "Model"


def test_averaged_metric_is_its_own_name(extract_one):
    ex = extract_one("Stance", "Our classifier reaches a macro F1 of 70.1 on the test set.")
    assert names(ex).get("macro F1") == "Metric"


def test_system_description_title_names_no_team(extract_one):
    ex = extract_one(
        "TeamX at SemEval-2020 Task 12: Offensive Language Identification with BERT",
        "We describe our system for offensive language identification.",
    )
    assert not any(n.startswith("TeamX") for n in names(ex))


def test_team_at_venue_is_not_a_concept_but_metric_cutoffs_are(extract_one):
    ex = extract_one(
        "KEC_NLP@DravidianLangTech 2025: Offensive Span Detection", "We report pass@1 and Recall@10 of our system."
    )
    found = names(ex)
    assert not any("@Dravidian" in n for n in found)
    assert found.get("pass@1") == "Metric" and found.get("Recall@10") == "Metric"


def test_team_at_a_hyphenated_venue_is_not_a_concept(extract_one):
    ex = extract_one(
        "ZEBRA_LAB@NL-SEM-2031: Hope Speech Detection with Ensembles", "We report macro F1 and Hits@K of our system."
    )
    found = names(ex)
    assert not any("@NL-SEM" in n for n in found)
    assert found.get("Hits@K") == "Metric"


def test_an_unknown_name_with_a_year_and_data_words_is_a_dataset_edition(extract_one):
    ex = extract_one("Notes", "Our tagger gains 2 points of F1 on the ZorbExtraction 2017 shared task data set.")
    assert names(ex).get("ZorbExtraction 2017") == "Dataset"
    ex = extract_one("Notes", "In our experiments on the QUIBLE 2016 spelling check task, the checker is best.")
    assert names(ex).get("QUIBLE 2016") == "Dataset"


def test_a_model_name_with_a_year_is_a_citation_not_an_edition(extract_one):
    ex = extract_one("Notes", "We fine-tune BERT 2019 and RoBERTa 2019 and report results on the test set.")
    assert not any(n.endswith("2019") for n in names(ex))


def test_a_typographic_apostrophe_edition_is_a_test_set(extract_one):
    ex = extract_one("Notes", "Our translator gains 1.2 BLEU on WMT’17 news.")
    assert names(ex).get("WMT’17") == "Dataset"


def test_a_venue_is_not_a_concept_even_with_its_long_form(extract_one):
    ex = extract_one(
        "Gloss Tagging with Lattice Prompting",
        "We presented lattice prompting at the Asia-Pacific Chapter of the Association for "
        "Computational Linguistics (AACL), evaluating on the test set with accuracy.",
    )
    found = names(ex)
    assert not any("AACL" in n or "Linguistics" in n for n in found)
    assert found.get("accuracy") == "Metric"


def test_a_shared_task_named_without_a_series_is_its_data_in_both_spellings(extract_one):
    """ "the Zorble Emotion Shared Task": papers name its data with and without "shared task"; the
    acronym in brackets is no part of the name, and an ordinal or an event's edition names nothing."""
    ex = extract_one(
        "Notes",
        "We describe our entry to the Zorble Emotion Shared Task and reach 61.2 F1. "
        "It beats 58.1 F1 on the Blorp Language Identification (BLI) shared task. "
        "The Second Shared Task had 12 teams, as did the IWPT 2031 Quux Shared Task. "
        "Zorble Emotion data are tweets.",
    )
    datasets = {e.name: list(e.aliases) for e in ex.entities if e.type == "Dataset"}
    assert datasets["Zorble Emotion Shared Task"] == ["Zorble Emotion"]
    assert datasets["Blorp Language Identification shared task"] == ["Blorp Language Identification"]
    assert len(datasets) == 2
    assert {r.dataset for r in ex.results} == {
        "Zorble Emotion Shared Task",
        "Blorp Language Identification shared task",
    }


def test_a_shared_task_called_by_its_initials_is_the_same_data(extract_one):
    ex = extract_one(
        "Notes", "We report on the Zorble Emotion Tagging shared task. On the ZET test data our tagger reaches 71.2 F1."
    )
    datasets = [e for e in ex.entities if e.type == "Dataset"]
    assert [(e.name, list(e.aliases)) for e in datasets] == [
        ("Zorble Emotion Tagging shared task", ["Zorble Emotion Tagging", "ZET"])
    ]
    assert [r.dataset for r in ex.results] == ["Zorble Emotion Tagging shared task"]


def test_an_event_edition_followed_by_a_data_word_names_its_data(extract_one):
    """ "the SemEval 2031 dataset": an edition the text calls data is the data, the bare edition the event."""
    ex = extract_one(
        "Notes", "We evaluate on the SemEval 2031 dataset and the VarDial-2031 test set, and took part in SemEval-2032."
    )
    found = names(ex)
    assert found.get("SemEval 2031") == "Dataset" and found.get("VarDial-2031") == "Dataset"
    assert "SemEval-2032" not in found


def _spellings(ex):
    return [{e.name, *e.aliases} for e in ex.entities if e.type == "Dataset"]


def test_a_numbered_task_and_the_coined_name_after_its_colon_are_one_dataset(extract_one):
    ex = extract_one(
        "TeamQ at SemEval-2031 Task 8: ZorpEval: Counting Things",
        "We took part in SemEval-2031 Task 8 and reach 0.61 accuracy.",
    )
    assert {"SemEval-2031 Task 8", "ZorpEval"} in _spellings(ex)


def test_a_system_papers_own_title_after_the_numbers_colon_is_not_the_tasks_name(extract_one):
    """ "TEAM at SemEval-YYYY Task N: <title>" is the team's own title: a known name running on into it, or the
    system the abstract presents, is not a second name of the task (nor does the paper propose the task)."""
    used = extract_one(
        "GXL at SemEval-2031 Task 4: WordNet and CLIP to Sort Pictures",
        "We take part in SemEval-2031 Task 4 on sorting pictures. We use WordNet glosses and CLIP and reach 0.61 accuracy.",
    )
    assert {"SemEval-2031 Task 4"} in _spellings(used)
    own = extract_one(
        "TeamQ at SemEval-2031 Task 8: BlarpNet: An Ensemble for Counting Things",
        "We took part in SemEval-2031 Task 8. We present BlarpNet, an ensemble of encoders, and reach 0.61 accuracy.",
    )
    assert {"SemEval-2031 Task 8"} in _spellings(own)
    assert {e.name: e.introduced for e in own.entities}.get("SemEval-2031 Task 8") is False


def test_a_system_built_on_a_known_model_in_a_system_title_is_not_the_tasks_name(extract_one):
    """ "TEAM at SemEval-YYYY Task N: Focal-<known model>: ..." names the team's system after what it builds on,
    even when the abstract never writes the name again; a coined name with no known part may be the task's."""
    ex = extract_one(
        "TeamQ at SemEval-2031 Task 8: Gated-RoBERTa: Counting Things with Gates",
        "We took part in SemEval-2031 Task 8 on counting things. We add gates to RoBERTa and reach 0.61 accuracy.",
    )
    assert {"SemEval-2031 Task 8"} in _spellings(ex)
    assert not any("Gated-RoBERTa" in s for s in _spellings(ex))


def test_a_task_description_after_the_numbers_colon_stays_a_task(extract_one):
    ex = extract_one("Notes", "We took part in SemEval-2031 Task 12: Offensive Language Identification.")
    assert {"SemEval-2031 Task 12"} in _spellings(ex)


def test_a_system_descriptions_one_task_and_one_named_shared_task_are_one_dataset(extract_one):
    ex = extract_one(
        "TeamQ at SemEval-2031 Task 3: Emotions in Talk",
        "We present our participation in the Blorp Mood shared task on detecting moods.",
    )
    assert any({"SemEval-2031 Task 3", "Blorp Mood shared task"} <= s for s in _spellings(ex))


def test_the_coined_task_a_system_description_title_names_is_data_but_an_event_is_not(extract_one):
    assert {"ZorbNER"} in _spellings(extract_one("TeamQ at ZorbNER: Joint Tagging", "We reach 0.87 F1."))
    assert {"QuillSumm 2031"} in _spellings(extract_one("TeamQ @ QuillSumm 2031: Long Summaries", "We reach 0.5 F1."))
    assert not _spellings(extract_one("TeamQ at LT-EDI-2031: Hope Speech", "We reach 0.5 F1."))


def test_a_shared_task_named_by_its_quoted_title_is_a_dataset(extract_one):
    ex = extract_one(
        "TeamQ@QX-2031: Spotting Things",
        "We describe the models submitted to “Zorb Spotting in forum posts:QX@ZZZ 2031” shared task. "
        "The data is part of the task “BLORP-2031:Quill Detection for Kind Words”. We reach 0.5 F1.",
    )
    found = names(ex)
    assert found.get("Zorb Spotting in forum posts:QX@ZZZ 2031") == "Dataset"
    assert found.get("BLORP-2031:Quill Detection for Kind Words") == "Dataset"


def test_one_quoted_word_after_task_is_a_label_not_a_task(extract_one):
    assert not _spellings(extract_one("Notes", "Annotators answer the task “yes” or “no”."))


def test_a_numbered_task_without_its_edition_and_the_editions_shared_task_join_its_one_task(extract_one):
    ex = extract_one(
        "TeamQ at WNUT-2031 Task 2: Noisy Things",
        "We build a model for WNUT task 2. Also, the WNUT-2031 Shared Task is hard.",
    )
    assert any({"WNUT-2031 Task 2", "WNUT task 2", "WNUT-2031 Shared Task"} <= s for s in _spellings(ex))
    two = extract_one(
        "Notes",
        "We took part in SemEval-2031 Task 2 and SemEval-2031 Task 5 of the SemEval-2031 "
        "Shared Task, and in SemEval-2032 Task 2.",
    )
    assert {"SemEval-2031 Shared Task"} in _spellings(two) and {"SemEval-2032 Task 2"} in _spellings(two)


def test_a_coined_name_with_its_title_after_shared_task_is_the_task(extract_one):
    ex = extract_one(
        "An Ensemble for Spotting",
        "This paper describes our system submitted in the shared task at "
        "FooConf 2031 ZORB-1: Aggression Spotting. Our system obtained an F1 score of 0.5151 on it.",
    )
    assert names(ex).get("ZORB-1") == "Dataset"
    sub = extract_one("Notes", "The shared task comprises two subtasks: Subtask-A: Stance Spotting and more.")
    assert "Subtask-A" not in {n for n, t in names(sub).items() if t == "Dataset"}


def test_a_shared_task_title_cut_by_a_comma_gives_no_name_from_its_tail(extract_one):
    # "Foo Detection for Fairness, Safety, and Trust (FooFST) shared task": "Trust shared task" is no name
    ex = extract_one(
        "Team at FooFST 2031",
        "We describe our submission to the Foo Detection for Fairness, Safety, and Trust (FooFST) shared task. "
        "Our model reaches a macro F1 of 0.61.",
    )
    assert not any(n.lower().startswith(("trust", "safety")) for n in names(ex))
    ex = extract_one("Notes", "We took part in the Blorp Emotion Shared Task and reached a macro F1 of 0.61.")
    assert names(ex).get("Blorp Emotion Shared Task") == "Dataset"


def test_a_team_named_in_the_text_is_not_a_concept(extract_one):
    ex = extract_one(
        "Zorblax’s Submission for the Quux 2031 Translation Task",
        "This paper describes the participation of team Frobnic in the Quux 2031 task. "
        "Our team named Wubbo-NLP used Transformer models, and the Glorp team used back-translation.",
    )
    found = names(ex)
    assert not {"Zorblax", "Frobnic", "Wubbo-NLP", "Glorp"} & set(found)
    assert found.get("back-translation") == "Method"


def test_a_team_named_after_punctuation_or_as_team_x_is_not_a_concept(extract_one):
    # "our team (Foo)", "our team, “Foo”," and "Team Foo" sign a shared-task system as in "our team Foo"
    # (44k corpus: 28 abstracts write "our/the team (" or "team, " before the name, e.g. W17-5024,
    # 2024.wmt-1.78, 2022.semeval-1.172, 2021.wat-1.2, 2024.ltedi-1.17)
    ex = extract_one(
        "Kernel Tricks for Native Language Guessing",
        "We combine string kernels with multiple kernel learning. Our team (Frobnicator) ranked first. "
        "This paper presents the work of our team, “Zublak,” for the Quux 2031 shared task. "
        "Team Wibblo ranked 9th with a macro F1 of 0.79. Our team, Plonkr, used data augmentation.",
    )
    found = names(ex)
    assert not {"Frobnicator", "Zublak", "Team Wibblo", "Wibblo", "Plonkr"} & set(found)
    assert found.get("data augmentation") == "Method"


def test_a_single_task_campaigns_edition_is_its_data(extract_one):
    """A campaign that runs one shared task per edition (NADI, LongSumm, EvaHan) is named by its edition:
    "we participated in NADI 2031", "systems for texts in EvaHan2031" name that task's data, unlike a
    workshop's edition (SemEval-2031) that hosts several tasks."""
    ex = extract_one(
        "Dialect Identification with Frob Models",
        "We participated in NADI 2031, where the task is to identify dialects of posts, and took part in "
        "SemEval-2031. Our system attained a macro F1 of 0.51.",
    )
    found = names(ex)
    assert found.get("NADI 2031") == "Dataset"
    assert "SemEval-2031" not in found
    assert [r.dataset for r in ex.results] == ["NADI 2031"]


def test_a_track_named_between_a_test_set_series_and_task_joins_the_name(extract_one):
    """ "the WMT31 News Translation Task", "the WMT patent task": a track's name between a series whose
    editions are test sets and "task" is part of the data's name, longest form; a language pair
    ("English to Frobish") or function words are not a track's name."""
    ex = extract_one(
        "Frob Systems for Translation",
        "This paper describes our submission to the WMT31 News Translation Task and to the WMT patent task. "
        "Our system reaches 31.2 BLEU on the WMT31 News Translation Task.",
    )
    found = names(ex)
    assert found.get("WMT31 News Translation Task") == "Dataset"
    assert found.get("WMT patent task") == "Dataset"
    assert [r.dataset for r in ex.results] == ["WMT31 News Translation Task"]
    ex = extract_one(
        "Notes", "We report BLEU on the WMT31 English to Frobish task and thank WMT and the task organisers."
    )
    assert not any(n.startswith("WMT31 English") and n.endswith("task") for n in names(ex))


def datasets(ex):
    return {e.name: set(e.aliases) for e in ex.entities if e.type == "Dataset"}


def test_a_task_number_written_with_a_leading_zero_is_the_same_task(extract_one):
    """ "Task 9" in the title and "Task 09" in the abstract are one numbered task (ACL 44k: 4 abstracts)."""
    ex = extract_one(
        "TeamZ at SemEval-2031 Task 9: Frobbing Recipes with Graphs",
        "This paper describes our system for SemEval-2031 Task 09 on recipe questions. It ranked 3rd in task 9.",
    )
    found = datasets(ex)
    assert len(found) == 1
    assert {"SemEval-2031 Task 9", "SemEval-2031 Task 09"} <= {*found, *next(iter(found.values()))}


def test_a_coined_name_right_after_a_numbered_task_is_its_other_name(extract_one):
    """ "Task 6: #GlorbWars: ..." (a hashtag or an opening quote after the colon) and "Task 3 ZorbContext
    competition" (a word saying it is the task after the name): the task's coined name, not a second dataset."""
    ex = extract_one(
        "SemEval-2031 Task 6: #GlorbWars: Learning to Rank Jokes",
        "This paper describes a new shared task for humor ranking, based on a new dataset of tweets.",
    )
    assert datasets(ex) == {"SemEval-2031 Task 6": {"GlorbWars"}}
    ex = extract_one(
        "Ensembles for Emotion Detection",
        "The SemEval 2031 Task 3 ZorbContext competition provides a dataset of three-turn dialogues. "
        "Our ensemble reaches a micro F1 of 0.72.",
    )
    assert datasets(ex) == {"SemEval 2031 Task 3": {"ZorbContext"}}


def test_a_shared_task_with_and_without_its_edition_or_acronym_is_one_dataset(extract_one):
    """ "at BlorpSumm" ... "participating in BlorpSumm 2031", "the Frobish Word Scoring Shared Task 2031" ...
    "the Frobish Word Scoring (FWS) shared task": one shared task's data written with and without its edition
    year, the words "shared task" or its acronym (ACL 44k sample: 8 of 400 shared-task abstracts gave two)."""
    ex = extract_one(
        "TeamQ at BlorpSumm: Lay Summaries with Frob Models",
        "We worked on this problem as participating in BlorpSumm 2031. Our model was ranked 3rd on the "
        "BlorpSumm 2031 leaderboard.",
    )
    assert len(datasets(ex)) == 1
    ex = extract_one(
        "Scoring Frobish Words",
        "We describe our system for the Frobish Word Scoring Shared Task 2031. The Frobish Word Scoring (FWS) "
        "shared task asks systems to score words; our system ranked 2nd in the FWS shared task.",
    )
    assert len(datasets(ex)) == 1


def test_two_editions_stay_apart_and_a_test_set_editions_shared_task_joins_it(extract_one):
    """ "BlorpSumm 2030" and "BlorpSumm 2031" are two editions' data; "WMT 2031" and "the WMT31 shared task" are
    one edition of a series whose editions are test sets, and a bare "WMT" names no edition."""
    ex = extract_one(
        "Notes",
        "Our team trains on the BlorpSumm 2030 dataset and tests on the BlorpSumm 2031 dataset; we also report "
        "results on BlorpSumm, ranking 3rd on the leaderboard.",
    )
    found = datasets(ex)
    assert {"BlorpSumm 2030", "BlorpSumm 2031"} <= set(found) and not any(found.values())
    ex = extract_one(
        "Notes",
        "Our team took part in the WMT31 shared task and reports BLEU on WMT 2031 test data and on WMT data.",
    )
    found = datasets(ex)
    assert len(found) == 2 and found.get("WMT") == set()


def test_a_conference_or_team_before_a_series_edition_is_no_part_of_the_task(extract_one):
    """ "the EACL WANLP-2031 Shared Task 1", "TeamX's Submission for WMT31 Metrics Shared Task": the series'
    edition and its task or track name the data, not the conference or the team before them."""
    ex = extract_one(
        "Notes",
        "This paper presents our approach to the EACL WANLP-2031 Shared Task 1: Frobish Dialect Detection.",
    )
    found = datasets(ex)
    assert "WANLP-2031 Shared Task 1" in found and not any(n.startswith("EACL") for n in found)
    ex = extract_one("TeamX’s Submission for WMT31 Metrics Shared Task", "We submit two metrics to the task.")
    assert set(datasets(ex)) == {"WMT31 Metrics Shared Task"}


def test_a_quoted_title_after_task_on_names_the_shared_task(extract_one):
    """ "the shared task on “Multi-hop Frob Regeneration”", "the shared task on ‘Frob Detection’": the quoted
    title after "task on" is the shared task's name (ACL 44k: 11 abstracts)."""
    ex = extract_one(
        "Notes",
        "We describe our system for the shared task on “Multi-hop Frob Explanation Regeneration” at a workshop.",
    )
    assert "Multi-hop Frob Explanation Regeneration" in datasets(ex)
    ex = extract_one("Notes", "We took part in the shared task on ‘Frob Detection in Blorp Posts’ and ranked 2nd.")
    assert "Frob Detection in Blorp Posts" in datasets(ex)


def test_a_numbered_tasks_long_name_after_on_is_its_name_with_number_and_acronym_as_aliases(extract_one):
    """RULINGS: a shared task with a long name is one `Dataset` named by it, its number and acronym its aliases
    ("we introduce FooEval Task 10 on the Explainable Detection of Online Frobs (EDOF)"; ACL 44k: 8 abstracts)."""
    ex = extract_one(
        "SemEval-2031 Task 10: Explainable Detection of Online Frobbing",
        "Frobbing is widespread online. To address it, we introduce SemEval Task 10 on the Explainable Detection "
        "of Online Frobbing (EDOF). We release a new dataset of 20,000 posts.",
    )
    found = datasets(ex)
    assert found.get("Explainable Detection of Online Frobbing", set()) >= {"SemEval-2031 Task 10", "EDOF"}
    assert len(found) == 1


def test_a_task_inside_a_meetings_name_is_the_events(extract_one):
    # "the Eighth Conference on Machine Translation (WMT23)": the meeting's name (GUIDE-NOTES 1), no task of
    # the paper; the task written on its own elsewhere stays
    ex = extract_one("Frob at WMT", "We describe Frob, our submission to the Ninth Conference on Machine Translation.")
    assert "machine translation" not in {k.lower() for k in names(ex)}
    ex = extract_one(
        "Frob at WMT",
        "We describe our submission to the Workshop on Argument Mining and study argument mining on FrobSet.",
    )
    found = {k.lower(): v for k, v in names(ex).items()}
    assert found.get("argument mining") == "Task"


def test_a_listed_series_long_form_is_its_event_and_no_alias_of_one_task(extract_one):
    """ "the Zorb task, which belongs to the Social Media Mining for Health Applications (SMM4H) shared task": a
    listed series written out is the series' event, as "the SMM4H shared task" is (guideline notes 2; the 44k
    graph made a 2022 sub-task the name of SMM4H 2018-2022); with its edition it is that edition's data, with
    no year-less alias (ACL 44k: 39 + 44 abstracts write a series' long form before "shared task")."""
    ex = extract_one(
        "TeamQ at ZorbNER: Joint Tagging",
        "This paper describes our approach to the ZorbNER task, which belongs to the Social Media Mining for "
        "Health Applications (SMM4H) shared task. We reach 0.87 F1.",
    )
    assert datasets(ex) == {"ZorbNER": set()}
    ex = extract_one(
        "Notes",
        "We describe our entry to Task 2 of the Social Media Mining for Health Applications (SMM4H) 2031 "
        "shared task and reach 0.61 F1.",
    )
    assert datasets(ex) == {"Social Media Mining for Health Applications 2031 shared task": set()}


def test_an_edition_after_shared_task_belongs_to_the_name(extract_one):
    """ "the Zorble Dialect Identification (ZDI) Shared Task 2031", "the Frob Mining for Blorp Applications Shared
    Task 2031": the year after "Shared Task" is the edition's (ACL 44k: NADI 2022/2023, SMM4H 2019-2022,
    CLPsych 2022 write it so); the name without it names no one edition."""
    ex = extract_one("Notes", "We took part in the Zorble Dialect Identification (ZDI) Shared Task 2031 with 0.61 F1.")
    assert datasets(ex) == {"Zorble Dialect Identification Shared Task 2031": set()}
    ex = extract_one("Notes", "We took part in the Frob Mining for Blorp Applications Shared Task 2031 with 0.61 F1.")
    assert datasets(ex) == {"Frob Mining for Blorp Applications Shared Task 2031": set()}


def test_a_title_phrase_before_a_series_shared_task_is_no_name(extract_one):
    """ "A Report for SMM4H Shared Task 2031-...", "Submission for VarDial Shared Task": the words before a listed
    series are the title's (ACL 44k: W19-3206, 2020.smm4h-1.26, 2020.smm4h-1.6, W19-4639)."""
    ex = extract_one("ZED: A Report for SMM4H Shared Task 2031-Automatic Tagging", "We reach 0.61 F1 on the test set.")
    assert not any(n.startswith(("Report", "A Report")) for n in datasets(ex))


def test_an_editions_several_shared_tasks_are_the_event(extract_one):
    """ "held within the SMM4H 2031 shared tasks": several tasks, the event, neither data nor an alias of the one
    task the paper names (ACL 44k: 19 abstracts of 10 series write "<series> <year> shared tasks")."""
    ex = extract_one(
        "SMM4H 2031 Task 2: Stance in Tweets",
        "This competition was held within the framework of the SMM4H 2031 shared tasks. The best team reached 0.61 F1.",
    )
    assert datasets(ex) == {"SMM4H 2031 Task 2": set()}


def test_a_series_the_lexicons_know_as_data_keeps_its_shared_task(extract_one):
    """ "the Fact Extraction and VERification (FEVER) Shared Task": a listed series whose name the lexicons list
    as a dataset names that data, unlike a workshop's (ACL 44k: W18-5501, W18-5516, W18-5519)."""
    ex = extract_one(
        "Notes", "We took part in the Fact Extraction and VERification (FEVER) Shared Task with a tiny model."
    )
    assert "Fact Extraction and VERification Shared Task" in datasets(ex)


def test_a_coined_name_after_a_spaced_dash_is_the_numbered_tasks(extract_one):
    """ "SemEval 2031 Task 7 - ZorbEval": the name after a spaced dash is the name the numbered task goes by, as
    after a colon (ACL 44k: 2023.semeval-1.131 NLI4CT, 2024.semeval-1.213 NumEval, 2024.semeval-1.222 SHROOM); a
    part's label there ("Task 9 - SubTask A") is not."""
    ex = extract_one("Notes", "This paper describes our system for SemEval 2031 Task 7 - ZorbEval4CT, with 0.61 F1.")
    assert datasets(ex) == {"SemEval 2031 Task 7": {"ZorbEval4CT"}}
    ex = extract_one("Notes", "Our system competed at SemEval 2031 Task 9 - SubTask A - Frob Mining from Reviews.")
    assert "SubTask" not in {a for al in datasets(ex).values() for a in al}


def test_a_slash_joined_organiser_stays_in_the_name(extract_one):
    """ "the 2031 foo2/BarHealth shared task", "foo2/VA 2031": two organisers' names joined by a slash are one
    name; the part after the slash alone is a cut (ACL 44k: W18-2303, 2021.emnlp-main.435, 2022.clinicalnlp-1.6)."""
    ex = extract_one("Notes", "We used the data of the 2031 zb2/QuuxHealth shared task and reached 0.91 F1.")
    assert set(datasets(ex)) == {"2031 zb2/QuuxHealth shared task"}
    ex = extract_one("Notes", "We train on the zb2/VA 2031 data and on the BC5CDR data.")
    assert "zb2/VA 2031" in datasets(ex) and "VA 2031" not in datasets(ex)


def test_a_long_workshop_name_cut_by_an_ampersand_gives_the_series_edition(extract_one):
    """ "the Workshop on Foo, Bar & Baz Analysis (WASSA) 2031 shared task": the run after "&" is a cut tail, not
    the task's name; the listed series' acronym and edition name the shared task (ACL 44k: 2022.wassa-1.22,
    2022.wassa-1.28)."""
    ex = extract_one(
        "Notes",
        "We describe our method for the Workshop on Computational Approaches to Frobs, Blorps & Social Zorb "
        "Analysis (WASSA) 2031 shared task on Frob Prediction. Our system reaches 0.23 on Track 3.",
    )
    assert set(datasets(ex)) == {"WASSA 2031 shared task"}


def test_a_coined_name_in_brackets_or_quotes_after_a_numbered_task_is_its_name(extract_one):
    """ "SemEval-2031 Task 3 (ZorbContext)", "SemEval-2031 Task 3 “ZorbContext”": the coined name enclosed right
    after the number is the task's (ACL 44k: S17-2171 ScienceIE, S19-2034 EmoContext, 2025.semeval-1.161 AdMIRe);
    a part's label in brackets ("Track 1 (AR-AR)") has no series before it and stays apart."""
    ex = extract_one("Notes", "This paper describes our system at SemEval-2031 Task 3 (ZorbContext), a dialogue task.")
    assert datasets(ex) == {"SemEval-2031 Task 3": {"ZorbContext"}}
    ex = extract_one("Notes", "We took part in SemEval-2031 Task 3 “ZorbContext” with a small model.")
    assert datasets(ex) == {"SemEval-2031 Task 3": {"ZorbContext"}}


def test_an_event_edition_in_a_list_a_data_noun_closes_is_its_data(extract_one):
    """ "the ZorbEval 2031 and Frob datasets": an edition listed before a plural data noun names its data, as "the
    ZorbEval 2031 datasets" does (ACL 44k: 2020.acl-main.295 "SemEval 2014 and Twitter datasets", 2020.acl-main.391
    "BEA-2019 and CoNLL-2014 benchmarks", 2021.bea-1.4 "BEA-19 and CoNLL-14 test sets"); an edition followed by
    "and" and a clause is still the event."""
    ex = extract_one("Notes", "Experiments on the SemEval 2031 and Frobnic datasets show that our model works.")
    assert "SemEval 2031" in datasets(ex)
    ex = extract_one("Notes", "We took part in SemEval 2031 and report results on two datasets.")
    assert "SemEval 2031" not in datasets(ex)


def test_a_workshop_joined_to_a_venue_and_year_is_the_event(extract_one):
    """ "TeamZ@LT-EDI-ACL2031: ...", "at DravidianLangTech-EACL2031": a listed workshop written with a conference's
    name and year is where the team took part, no concept of any type (ACL 44k: 20 papers, e.g. "@LT-EDI-ACL2022"
    typed Method 4 times, "DravidianLangTech-EACL2021" Dataset 5 times); a task's title cut before the venue
    ("... in Frob Languages-EACL 2031") is not a listed workshop and is left."""
    ex = extract_one(
        "TeamZ@LT-EDI-ACL2031: Frob Detection with BERT",
        "We describe our system for the shared task at LT-EDI-ACL2031 and DravidianLangTech-EACL2031.",
    )
    found = names(ex)
    assert not any("ACL2031" in n for n in found), found


def test_a_coined_name_between_an_edition_and_task_names_the_editions_task(extract_one):
    """ "the SemEval-2031 ZorbEval4 task", "the WASSA 2031 FrobInt shared task": an event's edition, a coined name
    and "task" are one Dataset named in full, the coined name its alias (ACL 44k: W17-5222 EmoInt, 2023.semeval-1.107
    NLI4CT, 2024.semeval-1.206 BRAINTEASER, 2022.finnlp-1.13 ERAI); a part's label ("A.1") and an undefined problem
    acronym of three letters ("GEC") are not names."""
    ex = extract_one("Notes", "We took part in the WASSA 2031 FrobInt shared task and reach 0.74 Pearson correlation.")
    assert datasets(ex) == {"WASSA 2031 FrobInt shared task": {"FrobInt"}}
    assert [r.dataset for r in ex.results] == ["WASSA 2031 FrobInt shared task"]
    ex = extract_one("Notes", "We describe our system for the CLPsych 2031 A.1 task on frob posts.")
    assert not any("A.1" in n for n in datasets(ex))
