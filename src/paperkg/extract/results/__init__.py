"""Reported results: numbers tied to a named dataset, with subject, metric,
baseline, kind and confidence.

Works per sentence on plain lists, so tests can call the pure functions.
`extract_results` (sentences.py) runs one module per step:

- values: the numbers as written ("97.2 %", "6.4 points", "554.66s",
  "18 ×", ranges such as "2.2% to 14.6%"), `find_values`;
- candidates: which of them are results (not counts, ranks, settings or
  margins; a bare number only beside its metric or in a list) and the kind
  of each (score, gain, ratio, reduction) read across its list, from the
  words around one number (kinds.py);
- datasets: the dataset each was measured on (lists pair in order; else the
  one named right after it, the one before "by", those named before it, the
  paper's only or the title's dataset, the sentence's one dataset named
  later in it);
- metrics: the metric (written with it, paired in a list, the nearest);
- subjects and comparisons: the model or method that obtained it (the
  paper's own contribution when the sentence says "our" / "we") and the
  baseline ("outperforms Y by", "over Y", "than Y");
- doubts, splits and no_rows: the confidence, from how the dataset was found
  (kinds.confidence), capped where the number is no leaderboard row (doubts,
  splits) or surely no result on its dataset (no_rows). Results below
  model.MIN_RESULT_CONFIDENCE stay in the graph but off leaderboards.

clauses.py holds what several steps read: where a clause starts, which items
are written as one list. component.py is the spaCy component
`paperkg_results`, which stores the results in `doc._.paperkg_results` as
ReportedResult keyword dicts. Imports run one way: values and kinds, then
clauses, then metrics, datasets and comparisons, then candidates, splits and
subjects, then doubts and no_rows, then sentences, then component.
"""

from paperkg.extract.results.component import ResultExtractor
from paperkg.extract.results.sentences import extract_results

__all__ = ["ResultExtractor", "extract_results"]
