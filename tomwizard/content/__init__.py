"""Content as data from forms/: catalog, upgrades, presets, annex views, countries,
processing form, YAML source and the content cache."""
