#!/usr/bin/env python3
"""Build an interactive timeline page and an events JSON from news articles: ``python build_timeline.py sources/``."""

import sys

from timeline.cli import main

if __name__ == "__main__":
    sys.exit(main())
