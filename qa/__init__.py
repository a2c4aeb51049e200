"""corpus-qa: extractive, cited question answering over a folder of articles."""
