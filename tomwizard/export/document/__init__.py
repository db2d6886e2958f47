"""One document, several renderers.

How the parts relate:

- :mod:`tomwizard.export.document.model` is the neutral document model: headings, paragraphs
  of runs, lists with status marks, tables, the signature block, a chart, page furniture and
  the draft mark, as frozen plain data.
- Builders turn an assessment and its catalog into a model
  (:func:`tomwizard.export.document.annex.build_annex` for the TOM annex,
  :func:`tomwizard.export.document.gap_report.build_gap_report` for the gap report; the annex's
  parts in ``tomwizard.export.annex_*``). They hold all the annex logic: what is printed, in
  which order and in which words (wording from
  :mod:`tomwizard.export.wording`). They import neither reportlab nor Qt.
- Renderers turn a model into a file format and decide nothing about content:
  :mod:`tomwizard.export.document.render_pdf` (reportlab; the PDF tomwizard has always
  written) and a python-docx renderer (Word). Page layout decisions (a table row too tall for a
  page set as paragraphs, a heading never alone at a page's foot) belong to the renderer.
- :mod:`tomwizard.export.document.typography` and :mod:`tomwizard.export.document.words` are the
  builders' text tools: cleaning, typographic ties, dates, fixed wording with role words.

So the PDF and the Word file of the same options carry the same text.
"""
