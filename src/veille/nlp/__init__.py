"""Per-document NLP: spaCy components that find entities, amounts, dates, quotes and relations."""
