"""WeightedLogisticRegressionClassifier: logistic regression on tf-idf weighted count features.

Rasa's `LogisticRegressionClassifier` learns from the raw counts of the
featurizers: a long, rambling message weighs many times more than a short one,
and a word that occurs in every intent ("jag", "och", "min") weighs as much as
"könsstympning". This classifier reweights the sentence features of each
featurizer on its own, as text classifiers usually do:

1. sublinear term frequency: a count c becomes 1 + ln(c);
2. inverse document frequency learnt from the training data (smoothed, as in
   scikit-learn's `TfidfTransformer`);
3. each featurizer's block is scaled to unit length, so the word block and the
   character block weigh the same in every message, long or short.

Then a balanced logistic regression with weaker regularisation (C = 30: the
normalised features are small) gives the intent ranking, exactly as the stock
component does. Measured in cross-validation on our data before it replaced the
stock classifier: README "Latest figures".
"""
from __future__ import annotations

import json
import logging
from typing import Any, Dict, List, Text, Tuple

import numpy as np
from scipy.sparse import csr_matrix, hstack, vstack
from sklearn.preprocessing import normalize

from rasa.engine.graph import ExecutionContext
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.logistic_regression_classifier import LogisticRegressionClassifier
from rasa.shared.nlu.constants import FEATURE_TYPE_SENTENCE, INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

logger = logging.getLogger(__name__)

WEIGHTS_FILE = "weights.npz"
ORIGINS_FILE = "origins.json"
CLASSIFIER_FILE = "classifier.skops"


def sentence_blocks(message: Message) -> Dict[Text, csr_matrix]:
    """The sparse sentence features of a message's text, one 1×n row per featurizer."""
    return {
        features.origin: csr_matrix(features.features)
        for features in message.features
        if features.attribute == TEXT and features.type == FEATURE_TYPE_SENTENCE
        and features.is_sparse()
    }


def _stacked(blocks: List[Dict[Text, csr_matrix]], origin: Text, width: int) -> csr_matrix:
    """One featurizer's rows of many messages; a message without its features gives zeros."""
    return vstack([block.get(origin, csr_matrix((1, width))) for block in blocks]).tocsr()


def inverse_document_frequency(counts: csr_matrix) -> np.ndarray:
    """Smoothed idf of each column: ln((1 + n) / (1 + df)) + 1."""
    rows = counts.shape[0]
    document_frequency = np.bincount(counts.nonzero()[1], minlength=counts.shape[1])
    return np.log((1.0 + rows) / (1.0 + document_frequency)) + 1.0


def weigh(counts: csr_matrix, idf: np.ndarray, sublinear: bool) -> csr_matrix:
    """Counts → (1 + ln c) · idf, each row scaled to unit length."""
    weighted = csr_matrix(counts, dtype=np.float64, copy=True)
    if sublinear:
        np.log(weighted.data, out=weighted.data)
        weighted.data += 1.0
    # only the stored entries are touched (a product with a diagonal matrix costs far more)
    weighted.data *= idf[weighted.indices]
    return normalize(weighted, norm="l2", copy=False)


def _column_major(classifier: Any) -> Any:
    """Store the coefficients column-major: scikit-learn multiplies by their transpose, which is
    then contiguous, instead of copying the whole (intents × features) matrix for every message."""
    classifier.coef_ = np.asfortranarray(classifier.coef_)
    return classifier


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True
)
class WeightedLogisticRegressionClassifier(LogisticRegressionClassifier):
    """Intent classifier: logistic regression on tf-idf weighted, length-normalised counts."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        """The stock classifier's options plus `C` and `sublinear_tf`."""
        return {**LogisticRegressionClassifier.get_default_config(),
                "C": 30.0, "sublinear_tf": True}

    def __init__(self, config: Dict[Text, Any], name: Text, model_storage: ModelStorage,
                 resource: Resource) -> None:
        """A new, untrained classifier (or one to be filled by `load`)."""
        super().__init__(config, name, model_storage, resource)
        self.clf.set_params(C=float(self.config["C"]))
        # (featurizer name, idf of its columns), in a fixed order
        self.weights: List[Tuple[Text, np.ndarray]] = []

    def _create_X(self, messages: List[Message]) -> csr_matrix:
        """One weighted row per message."""
        return self._weighted([sentence_blocks(message) for message in messages])

    def _weighted(self, blocks: List[Dict[Text, csr_matrix]]) -> csr_matrix:
        return hstack([weigh(_stacked(blocks, origin, len(idf)), idf, self.config["sublinear_tf"])
                       for origin, idf in self.weights]).tocsr()

    def _learn_weights(self, blocks: List[Dict[Text, csr_matrix]]) -> None:
        origins = sorted({origin for block in blocks for origin in block})
        self.weights = []
        for origin in origins:
            width = next(block[origin].shape[1] for block in blocks if origin in block)
            self.weights.append((origin, inverse_document_frequency(_stacked(blocks, origin, width))))

    def train(self, training_data: TrainingData) -> Resource:
        """Learn the idf weights of each featurizer, then the logistic regression."""
        examples = [e for e in training_data.intent_examples if e.get(INTENT) and e.get(TEXT)]
        if not examples:
            logger.debug("%s: no training examples, nothing to train.", self.__class__.__name__)
            return self._resource
        blocks = [sentence_blocks(example) for example in examples]
        self._learn_weights(blocks)
        self.clf.fit(self._weighted(blocks), [e.get(INTENT) for e in examples])
        _column_major(self.clf)
        self.persist()
        return self._resource

    def process(self, messages: List[Message]) -> List[Message]:
        """Intent and ranking for each message (nothing when the classifier is untrained)."""
        if not self.weights:
            return messages
        return super().process(messages)

    def persist(self) -> None:
        """Save the classifier (skops) and the weights (numpy, no pickles)."""
        import skops.io as sio

        with self._model_storage.write_to(self._resource) as model_dir:
            sio.dump(self.clf, model_dir / CLASSIFIER_FILE)
            np.savez(model_dir / WEIGHTS_FILE,
                     **{f"w{i}": idf for i, (_, idf) in enumerate(self.weights)})
            (model_dir / ORIGINS_FILE).write_text(
                json.dumps([origin for origin, _ in self.weights]), encoding="utf-8")

    @classmethod
    def load(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext,
             **kwargs: Any) -> "WeightedLogisticRegressionClassifier":
        """The trained classifier, or an untrained one when nothing was saved."""
        import skops.io as sio

        component = cls(config, execution_context.node_name, model_storage, resource)
        try:
            with model_storage.read_from(resource) as model_dir:
                classifier_file = model_dir / CLASSIFIER_FILE
                untrusted = sio.get_untrusted_types(file=classifier_file)
                if untrusted:
                    raise ValueError(f"untrusted types in {classifier_file}: {untrusted}")
                component.clf = _column_major(sio.load(classifier_file, trusted=[]))
                origins = json.loads((model_dir / ORIGINS_FILE).read_text(encoding="utf-8"))
                with np.load(model_dir / WEIGHTS_FILE, allow_pickle=False) as saved:
                    component.weights = [(origin, saved[f"w{i}"])
                                         for i, origin in enumerate(origins)]
        except (ValueError, FileNotFoundError) as error:
            logger.debug("%s: nothing to load (%s)", cls.__name__, error)
        return component
