# tomwizard — the two set-up commands are `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# Debian packages Qt needs at run time (present on most desktops, missing on servers and CI):
# the first line for any platform (offscreen in the tests), the second for a window on X11 (xcb).
QT_DEBS := libegl1 libgl1 libxkbcommon0 libfontconfig1 libglib2.0-0 libdbus-1-3 \
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 \
  libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
# Qt works here: offscreen always; with a display also a real window (the xcb plugin loads).
QT_WORKS = QT_QPA_PLATFORM=offscreen $(BIN)/python -c "import PySide6.QtWidgets" 2>/dev/null \
  && { [ -z "$$DISPLAY" ] || QT_QPA_PLATFORM=xcb $(BIN)/python -c \
  "from PySide6.QtWidgets import QApplication; QApplication([])" >/dev/null 2>&1; }

.PHONY: run test lint typecheck pytest bench schema demo clean translations update-translations

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@$(MAKE) --no-print-directory qt-libs
	@$(MAKE) --no-print-directory desktop-tools
	@$(MAKE) --no-print-directory pdf-tools
	@$(MAKE) --no-print-directory office-tools
	@touch $(STAMP)

.PHONY: qt-libs
qt-libs:
	@if ! { $(QT_WORKS); } && ! dpkg -s $(QT_DEBS) >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "Qt braucht Systembibliotheken: apt-get install $(QT_DEBS)"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(QT_DEBS); \
	  else \
	    echo "Hinweis: Qt-Systembibliotheken fehlen; bitte installieren: $(QT_DEBS)"; \
	  fi; \
	fi

# pdftotext and pdftoppm (poppler-utils): the tests read the PDFs' text boxes with pdftotext
# (tests/pdf_boxes.py); pdftoppm renders pages to look at.
.PHONY: pdf-tools
pdf-tools:
	@if ! command -v pdftotext >/dev/null; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "Die Tests brauchen pdftotext: apt-get install poppler-utils"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils; \
	  else \
	    echo "Hinweis: pdftotext fehlt; bitte poppler-utils installieren"; \
	  fi; \
	fi

# LibreOffice without a GUI (Writer and Calc): the tests convert an exported DOCX and XLSX to PDF
# with `soffice --headless --convert-to pdf` to prove that an office suite opens them.
OFFICE_DEBS := libreoffice-writer-nogui libreoffice-calc-nogui
.PHONY: office-tools
office-tools:
	@if ! dpkg -s $(OFFICE_DEBS) >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "Die Tests brauchen LibreOffice: apt-get install $(OFFICE_DEBS)"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	      --no-install-recommends $(OFFICE_DEBS); \
	  else \
	    echo "Hinweis: LibreOffice fehlt; bitte installieren: $(OFFICE_DEBS)"; \
	  fi; \
	fi

# Qt translations: .ts sources (edited with pyside6-linguist) → .qm, built with the lrelease
# that the PySide6 wheel ships. German is the source language, so only English needs a .qm.
TS_FILES := $(wildcard resources/translations/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM_FILES)

update-translations: $(STAMP)
	$(BIN)/pyside6-lupdate $$(find ui -name '*.py' | sort) -source-language de -no-obsolete \
	  -ts resources/translations/tomwizard_en.ts

# Message catalogs of the core (tomwizard/i18n.py): German msgids in the code, English in
# tomwizard/locale/en/LC_MESSAGES/tomwizard.po. `make messages` extracts them (pybabel extract),
# brings the .po up to date (new entries empty, changed ones fuzzy: translate them there) and
# compiles the .mo, which is committed so that a clone, the wheel and the bundle have it
# (tests/test_i18n_catalogs.py fails on a missing, fuzzy or stale entry). argparse's own words
# (English msgids of Python) are translated into German by hand in the domain "argparse":
# tomwizard/locale/de/LC_MESSAGES/argparse.po, compiled here too.
MESSAGE_KEYWORDS := -k N_ -k NN_:1,2 -k NC_:1c,2 -k tr:2 -k trc:2c,3 -k trn:2,3 -k _ -k ngettext:1,2
.PHONY: messages
messages: $(STAMP)
	@mkdir -p build
	$(BIN)/pybabel extract --no-location --sort-output --project tomwizard --no-default-keywords \
	  $(MESSAGE_KEYWORDS) -o build/tomwizard.pot tomwizard
	$(BIN)/pybabel update --no-wrap --ignore-obsolete -D tomwizard -i build/tomwizard.pot \
	  -d tomwizard/locale
	sed -i 's/^"POT-Creation-Date: .*/"POT-Creation-Date: 2026-12-06 00:00+0000\\n"/' \
	  tomwizard/locale/*/LC_MESSAGES/tomwizard.po  # a fixed date: no churn in .po and .mo
	$(BIN)/pybabel compile --statistics -D tomwizard -d tomwizard/locale
	# argparse's words (German). Compiled without Babel's placeholder check: a value argparse
	# quotes with repr (%r) is set in „…“ as %s here on purpose (DSB review 6, N6).
	$(BIN)/python -c 'from babel.messages import mofile, pofile; \
	  po = open("tomwizard/locale/de/LC_MESSAGES/argparse.po", "rb"); \
	  mofile.write_mo(open("tomwizard/locale/de/LC_MESSAGES/argparse.mo", "wb"), pofile.read_po(po))'

run: $(STAMP) translations guide-html
	@$(MAKE) --no-print-directory qt-libs
	$(BIN)/tomwizard

# The in-program help (F1) for `make run`: the guide's HTML when missing or older than its
# sources, without the screenshots (those of an earlier `make guide` are kept if there); about
# a second, and nothing on the next start. `make guide` builds it in full, with the PDFs.
GUIDE_HTML := resources/guide/de/index.html resources/guide/en/index.html
GUIDE_SOURCES := $(wildcard docs/guide/*/*.md) $(wildcard forms/rules/*.yaml) \
  tools/build_guide.py tools/guide_markdown.py
.PHONY: guide-html
guide-html: $(GUIDE_HTML)
$(GUIDE_HTML) &: $(GUIDE_SOURCES) $(STAMP)
	$(BIN)/python tools/build_guide.py resources/guide --images build/guide/img >/dev/null

test: lint typecheck pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy --strict tomwizard ui

pytest: $(STAMP) translations
	@$(MAKE) --no-print-directory pdf-tools
	@$(MAKE) --no-print-directory office-tools
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

# the property tests at the input gate for ten minutes, counts at the end (issue 13);
# FUZZ_SECONDS=60 make fuzz for a shorter run
FUZZ_SECONDS ?= 600
.PHONY: fuzz
fuzz: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/fuzz.py --seconds $(FUZZ_SECONDS)

# crash safety: SIGKILL a writer 200 times during a stream of edits (issue 7)
.PHONY: stress
stress: $(STAMP)
	$(BIN)/python -m benchmarks.kill_stress --kills 200

schema: $(STAMP)
	$(BIN)/python -c "from tomwizard.exchange import json_schema_text as t; \
	open('resources/schema/tomwizard-exchange.schema.json', 'w').write(t())"

# decisions a user makes per preset, before and after the Rahmenbedingungen (issue 15)
.PHONY: count-decisions
count-decisions: $(STAMP)
	$(BIN)/python -m benchmarks.count_decisions

demo: $(STAMP)
	$(BIN)/tomwizard demo -o demo --force

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache demo

# PNGs of every page and dialog (DE/EN, light/dark, a long measure text) for a visual review
.PHONY: screenshots
SCREENSHOTS ?= /tmp/tomwizard-pages
screenshots: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/render_pages.py $(SCREENSHOTS)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/render_pages.py --guide build/guide/img

# ---- Packaging (issue 17): the one-folder bundle, desktop integration, the user guide --------
# `make bundle`: dist/tomwizard/ (PyInstaller, packaging/tomwizard.spec); `make bundle-test` runs
# it with an empty environment (tests/test_bundle_run.py). The Qt X11 libraries are installed
# first (as root, with apt-get) so that the bundle carries them to machines that lack them.
BUNDLE_STAMP := $(VENV)/.bundle-installed
DESKTOP_DEBS := desktop-file-utils xdg-utils shared-mime-info libfile-mimeinfo-perl

$(BUNDLE_STAMP): pyproject.toml $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,bundle]'
	@touch $@

.PHONY: bundle bundle-test bundle-libs install-desktop uninstall-desktop desktop-tools icons
bundle-libs:
	@if ! dpkg -s $(QT_DEBS) >/dev/null 2>&1 && [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(QT_DEBS); \
	fi

bundle: $(BUNDLE_STAMP) translations bundle-libs guide
	rm -rf dist/tomwizard build/pyinstaller
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist \
	  --workpath build/pyinstaller packaging/tomwizard.spec
	cp -r packaging/linux dist/tomwizard/desktop
	rm -f dist/tomwizard/desktop/application-x-tomwizard.svg
	@du -sh dist/tomwizard

bundle-test: $(STAMP)
	TOMWIZARD_BUNDLE=$(CURDIR)/dist/tomwizard/tomwizard QT_QPA_PLATFORM=offscreen \
	  $(BIN)/python -m pytest -q -p no:cacheprovider tests/test_bundle_run.py

# Linux desktop integration for the current user (XDG folders, no root). The menu entry and
# .tomw files start TOMWIZARD_EXEC: by default this checkout's venv; for the bundle use
# dist/tomwizard/desktop/install-desktop.sh (it points at the bundle beside it).
TOMWIZARD_EXEC ?= $(CURDIR)/$(BIN)/tomwizard
desktop-tools:
	@if ! command -v desktop-file-validate >/dev/null || ! command -v xdg-mime >/dev/null \
	    || ! command -v mimetype >/dev/null || ! command -v update-mime-database >/dev/null; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(DESKTOP_DEBS); \
	  else \
	    echo "Hinweis: für die Desktop-Tests bitte installieren: $(DESKTOP_DEBS)"; \
	  fi; \
	fi

install-desktop: $(STAMP)
	sh packaging/linux/install-desktop.sh install "$(TOMWIZARD_EXEC)"

uninstall-desktop:
	sh packaging/linux/install-desktop.sh uninstall

icons: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/make_icons.py

# The user guide (docs/guide/<lang>/*.md and the findings chapter generated from forms/rules/):
# its pictures rendered from the real program, then HTML for the in-program help (F1) and the PDF
# handbooks, all in resources/guide/ (not in git; the wheel and the bundle ship it).
.PHONY: guide
guide: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/render_pages.py --guide build/guide/img
	$(BIN)/python tools/build_guide.py resources/guide --images build/guide/img --pdf resources/guide
