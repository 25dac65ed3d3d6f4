"""WeightedLogisticRegressionClassifier: tf-idf weighting per featurizer, training, saving, loading."""
import math

import numpy as np
import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.features import Features
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from scipy.sparse import csr_matrix

from nlu_components.intent_classifier import (
    WeightedLogisticRegressionClassifier,
    inverse_document_frequency,
    weigh,
)

WORDS = ("jag", "soc", "kurator", "polis", "hej")


def message(text: str, intent: str = None, chars: bool = True) -> Message:
    """A message with a word-count block and (optionally) a second, character block."""
    words = text.split()
    data = {"text": text}
    if intent:
        data["intent"] = intent
    result = Message(data=data)
    counts = [[words.count(word) for word in WORDS]]
    result.add_features(Features(csr_matrix(counts), "sentence", "text", "words"))
    if chars:
        letters = [[sum(w.count(c) for w in words) for c in "aeiou"]]
        result.add_features(Features(csr_matrix(letters), "sentence", "text", "chars"))
    return result


@pytest.fixture
def storage(tmp_path):
    return LocalModelStorage(tmp_path)


@pytest.fixture
def context():
    return ExecutionContext(GraphSchema({}), "test")


def new_classifier(storage, context, **config):
    return WeightedLogisticRegressionClassifier.create(
        {**WeightedLogisticRegressionClassifier.get_default_config(), **config},
        storage, Resource("classifier"), context)


TRAINING = TrainingData([
    message("jag vill ringa soc", "ask_social_services"),
    message("soc soc hjälp", "ask_social_services"),
    message("vad gör soc", "ask_social_services"),
    message("jag vill prata med kurator", "ask_school"),
    message("kurator på skolan", "ask_school"),
    message("min kurator", "ask_school"),
    message("hej", "greet"),
    message("hej hej", "greet"),
    message("hej på dig", "greet"),
])


def test_a_word_in_every_document_weighs_least_and_a_rare_word_most():
    counts = csr_matrix([[1, 1, 0], [1, 0, 0], [1, 0, 1], [1, 0, 0]])
    idf = inverse_document_frequency(counts)
    assert idf[0] == pytest.approx(math.log(5 / 5) + 1)
    assert idf[1] == pytest.approx(math.log(5 / 2) + 1)
    assert idf[0] < idf[1] == idf[2]


def test_weighted_rows_have_unit_length_whatever_the_message_length():
    counts = csr_matrix([[1, 0, 0], [9, 9, 9], [0, 0, 0]])
    weighted = weigh(counts, np.ones(3), sublinear=True).toarray()
    assert np.linalg.norm(weighted[0]) == pytest.approx(1.0)
    assert np.linalg.norm(weighted[1]) == pytest.approx(1.0)
    assert np.linalg.norm(weighted[2]) == 0.0


def test_sublinear_weighting_turns_a_count_of_three_into_one_plus_log_three():
    weighted = weigh(csr_matrix([[3, 1]]), np.ones(2), sublinear=True).toarray()[0]
    assert weighted[0] / weighted[1] == pytest.approx(1 + math.log(3))
    plain = weigh(csr_matrix([[3, 1]]), np.ones(2), sublinear=False).toarray()[0]
    assert plain[0] / plain[1] == pytest.approx(3.0)


def test_the_configured_regularisation_reaches_the_logistic_regression(storage, context):
    assert new_classifier(storage, context, C=7).clf.C == 7.0


def test_training_learns_one_weight_vector_per_featurizer(storage, context):
    classifier = new_classifier(storage, context)
    classifier.train(TRAINING)
    assert [origin for origin, _ in classifier.weights] == ["chars", "words"]
    assert [len(idf) for _, idf in classifier.weights] == [5, 5]


@pytest.mark.parametrize("text, intent", [
    ("kan jag ringa soc", "ask_social_services"),
    ("kurator", "ask_school"),
    ("hej hej hej", "greet"),
])
def test_a_trained_classifier_ranks_the_intent_of_its_key_word_first(storage, context, text,
                                                                     intent):
    classifier = new_classifier(storage, context)
    classifier.train(TRAINING)
    parsed = classifier.process([message(text)])[0]
    assert parsed.get("intent")["name"] == intent
    ranking = parsed.get("intent_ranking")
    assert sum(item["confidence"] for item in ranking) == pytest.approx(1.0)
    assert ranking[0]["confidence"] == max(item["confidence"] for item in ranking)


def test_a_loaded_classifier_gives_the_same_ranking_as_the_trained_one(storage, context):
    trained = new_classifier(storage, context)
    trained.train(TRAINING)
    loaded = WeightedLogisticRegressionClassifier.load(
        WeightedLogisticRegressionClassifier.get_default_config(), storage,
        Resource("classifier"), context)
    text = "jag vill prata med soc"
    expected = trained.process([message(text)])[0].get("intent_ranking")
    assert loaded.process([message(text)])[0].get("intent_ranking") == expected


def test_a_message_without_one_featurizers_features_is_still_classified(storage, context):
    classifier = new_classifier(storage, context)
    classifier.train(TRAINING)
    parsed = classifier.process([message("kurator", chars=False)])[0]
    assert parsed.get("intent")["name"] == "ask_school"


def test_loading_where_nothing_was_saved_gives_a_classifier_that_leaves_messages_alone(storage,
                                                                                       context):
    loaded = WeightedLogisticRegressionClassifier.load(
        WeightedLogisticRegressionClassifier.get_default_config(), storage,
        Resource("never_trained"), context)
    parsed = loaded.process([message("hej")])[0]
    assert parsed.get("intent") is None


def test_training_without_examples_saves_nothing_and_classifies_nothing(storage, context):
    classifier = new_classifier(storage, context)
    classifier.train(TrainingData([]))
    assert classifier.weights == []
    assert classifier.process([message("hej")])[0].get("intent") is None


def test_trained_and_loaded_coefficients_are_column_major_so_prediction_copies_nothing(storage,
                                                                                       context):
    trained = new_classifier(storage, context)
    trained.train(TRAINING)
    loaded = WeightedLogisticRegressionClassifier.load(
        WeightedLogisticRegressionClassifier.get_default_config(), storage,
        Resource("classifier"), context)
    for classifier in (trained, loaded):
        assert classifier.clf.coef_.T.flags["C_CONTIGUOUS"]
