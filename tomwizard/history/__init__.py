"""History of an assessment: change log, frozen versions, differences between them, merging."""
