"""The error of a bad exchange file, apart from the format itself.

:data:`tomwizard.inputs.INPUT_ERRORS` (what the GUI and the command line catch around every
file that comes in) names this class at start-up, when no JSON has been read: a module of its
own keeps the exchange format (:mod:`tomwizard.exchange`, its models and JSON checks) unloaded
until a file needs it. The other input errors live with what raises them: ``StoreError``
(:mod:`tomwizard.store.errors`), ``LogoError`` (:mod:`tomwizard.logo_image`),
``QuestionnaireError`` (:mod:`tomwizard.questionnaire.read`, an ``ExchangeError``).
"""

from __future__ import annotations


class ExchangeError(ValueError):
    """The JSON text is not a valid exchange document (or the file cannot be one); the message
    is one German line."""
