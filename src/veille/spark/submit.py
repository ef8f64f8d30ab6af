"""Entry script for ``spark-submit``: runs the ``veille`` command line inside the submitted driver.

    spark-submit --master yarn … "$(python -c 'import veille.spark.submit as s; print(s.__file__)')" \
        spark analyse hdfs:///news/2024-03-05.jsonl --out hdfs:///veille/parquet --staging hdfs:///tmp

The functions Spark ships to executors live in ``veille.spark.job`` (an installed
module, pickled by reference), never in this ``__main__`` script: functions of a
main script are pickled by value and would lose the per-process pipeline cache.
"""

from veille.cli import main

if __name__ == "__main__":
    main()
