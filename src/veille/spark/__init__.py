"""Optional Spark engine (extra ``veille[spark]``). Only this package imports pyspark.

``veille.spark.job`` runs the embedded engine's ``analyse_batch`` in Spark
executors; ``veille.spark.submit`` is the script given to ``spark-submit``.
"""
