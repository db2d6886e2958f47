"""Pydantic models of the domain: catalog, assessment, finding."""
