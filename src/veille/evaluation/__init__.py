"""Measuring extractors against hand-made gold files (``benchmarks/gold/``).

``gold`` reads gold files and the corpus they point into; ``quotes`` scores
quotation extraction. Scoring functions are pure: they take gold and predicted
items and return numbers, so they are tested on tiny hand-made pairs.
"""
