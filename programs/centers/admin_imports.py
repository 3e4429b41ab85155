"""Admin for the import log (ImportRun): read-only."""
