"""Timeline builder: temporal expressions from news articles, resolved, merged and drawn as a timeline."""

__version__ = "0.1.0"
