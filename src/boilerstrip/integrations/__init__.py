"""Adapters to existing distributed engines (datatrove, Dask); each needs its own extra.

Import the submodule you need (``boilerstrip.integrations.dask``,
``boilerstrip.integrations.datatrove``): importing this package imports no engine.
Spark needs no adapter: ``boilerstrip.batch.extract_rows`` is a ``mapPartitions`` body
(see docs/batch.md).
"""
