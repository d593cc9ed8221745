"""extractor: a cited JSONL feed of joint military exercises from raw news articles."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("extractor")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+src"
