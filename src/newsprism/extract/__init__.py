"""The extract stage: entities, quotes and claims read from an article's text."""
