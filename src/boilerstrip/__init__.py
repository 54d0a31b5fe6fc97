"""boilerstrip: the article inside the raw text of a Vietnamese news page.

>>> import boilerstrip
>>> article = boilerstrip.extract(page_text)      # doctest: +SKIP
>>> article.paragraphs, article.title, article.published
"""
from .pipeline import Options, extract
from .types import AccentLossWarning, Article, Block, DecodeError, HTMLInputWarning, Label, Line, MojibakeWarning

__all__ = ["AccentLossWarning", "Article", "Block", "DecodeError", "HTMLInputWarning", "Label", "Line", "MojibakeWarning",
           "Options", "extract", "__version__"]
__version__ = "0.1.0"
