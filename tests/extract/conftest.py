import pytest

from paperkg.model import Paper


def make_paper(title: str, abstract: str, pid: str = "p1") -> Paper:
    return Paper(id=pid, title=title, abstract=abstract, raw_title=title, raw_abstract=abstract)


@pytest.fixture(scope="session")
def nlp():
    from paperkg.extract import load_pipeline

    return load_pipeline()


@pytest.fixture
def paper_factory():
    return make_paper


@pytest.fixture
def extract_one():
    from paperkg.extract import extract_papers

    def run(title: str, abstract: str):
        return next(extract_papers([make_paper(title, abstract)]))

    return run
