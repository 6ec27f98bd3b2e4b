# KIP: make demo (the main job on the bundled demo data), make test (the whole test suite).
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
OUT := out
# Settings of the QGIS runs started here stay out of the user's own QGIS profile.
RUNENV := QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME=$(CURDIR)/build/config XDG_DATA_HOME=$(CURDIR)/build/data XDG_RUNTIME_DIR=$(CURDIR)/build/runtime
SITE := $(CURDIR)/$(VENV)/lib/python3.11/site-packages
QGIS_PROCESS := /usr/bin/qgis_process.bin
PLUGIN_NAME := kip_plugin
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)

.PHONY: setup demo test test-fast lint bench package translations qgis screenshot clean dirs postgis postgis-stop

setup: $(VENV)/.ready

$(VENV)/.ready: scripts/setup.sh requirements-dev.txt
	scripts/setup.sh
	touch $@

dirs:
	@mkdir -p build/config build/runtime build/plugins $(OUT)
	@chmod 700 build/runtime
	@ln -sfn ../../$(PLUGIN_NAME) build/plugins/$(PLUGIN_NAME)

translations: setup
	pylupdate5 -noobsolete $$(find $(PLUGIN_NAME) -name '*.py' | sort) -ts i18n/kip_nl.ts 2>/dev/null
	lrelease -silent i18n/kip_nl.ts -qm i18n/kip_nl.qm

i18n/kip_nl.qm: i18n/kip_nl.ts
	lrelease -silent i18n/kip_nl.ts -qm i18n/kip_nl.qm

demo: setup dirs i18n/kip_nl.qm
	$(RUNENV) $(PY) scripts/demo.py --out $(OUT)

test: lint setup dirs i18n/kip_nl.qm
	$(RUNENV) QGIS_PLUGINPATH=$(CURDIR)/build/plugins $(PY) -m pytest -q $(PYTEST_ARGS)

# The unit and QGIS tests, without the real QGIS desktop and qgis_process (tests/e2e).
test-fast: lint setup dirs i18n/kip_nl.qm
	$(RUNENV) QGIS_PLUGINPATH=$(CURDIR)/build/plugins $(PY) -m pytest -q tests/unit tests/qgis $(PYTEST_ARGS)

lint: setup
	$(VENV)/bin/ruff check $(PLUGIN_NAME) tests bench scripts

bench: setup dirs
	$(RUNENV) $(PY) bench/run.py $(BENCH_ARGS)
	$(RUNENV) $(PY) bench/timeline_bench.py
	$(RUNENV) $(PY) bench/schedule_bench.py
	$(RUNENV) $(PY) bench/shared_bench.py
	$(RUNENV) $(PY) bench/import_bench.py $(IMPORT_BENCH_ARGS)

postgis: setup dirs
	$(RUNENV) $(PY) scripts/postgis_demo.py

postgis-stop:
	$(PY) scripts/postgis_cluster.py --folder build/postgis stop

package: setup i18n/kip_nl.qm
	$(PY) scripts/package.py --out dist

qgis: setup dirs demo
	$(PY) scripts/qgis_desktop.py $(OUT)/kip_demo.qgz

screenshot: setup dirs demo
	$(PY) scripts/timeline_screenshot.py --project $(OUT)/kip_demo.qgz --out docs/timeline.png

clean:
	rm -rf build dist $(OUT) .pytest_cache
