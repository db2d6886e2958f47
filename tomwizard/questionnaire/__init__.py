"""The customer questionnaire: an XLSX workbook the customer fills in without tomwizard.

``write_questionnaire`` (write.py) builds the workbook from an assessment; ``read_questionnaire``
(read.py) checks every answer cell and turns the workbook back into the customer's version of
the assessment, which :mod:`tomwizard.history.merge` merges like a ``.tomw`` sent back.
"""
