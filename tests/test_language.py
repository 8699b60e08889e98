"""Articles not in English are reported as unchecked, never analysed as if clean."""
from discrepancy.language import looks_english
from discrepancy.model import Corpus, Document
from discrepancy.pipeline import Options, check_corpus

ENGLISH = ("The delegation arrived in Istanbul on Monday for a second round of talks, officials said. "
           "It was led by the defence minister, who met his counterpart at the palace.")
SPANISH = ("La delegación llegó a Estambul el lunes para una segunda ronda de conversaciones, dijeron los "
           "funcionarios. Estuvo encabezada por el ministro de defensa, que se reunió con su homólogo en el palacio.")
UKRAINIAN = ("Делегація прибула до Стамбула в понеділок на другий раунд переговорів, повідомили посадовці. "
             "Її очолив міністр оборони, який зустрівся зі своїм колегою в палаці.")


def test_english_is_recognised_and_others_are_not():
    assert looks_english(ENGLISH)
    assert not looks_english(SPANISH)
    assert not looks_english(UKRAINIAN)


def test_short_texts_get_the_benefit_of_the_doubt():
    assert looks_english("Sen. Grassley spoke.")


def test_non_english_articles_are_listed_as_not_checked(fake_embedder, cache_dir):
    docs = (Document(id="en", text=ENGLISH, source="A", path="en.txt"),
            Document(id="es", text=SPANISH, source="B", path="es.txt"),
            Document(id="uk", text=UKRAINIAN, source="C", path="uk.txt"))
    report = check_corpus(Corpus(docs), Options(cache_dir=cache_dir), embedder=fake_embedder)
    assert report.documents == 1
    unchecked = {i.path: i for i in report.skipped}
    assert set(unchecked) == {"es.txt", "uk.txt"}
    assert all("not checked" in i.reason and i.action == "skipped" for i in unchecked.values())
