"""Language data (word lists, patterns), one module per language; data only, no logic."""
