"""Training the statistical NER from gold records: alignment, corpus, training run.

Used by `make train` and by tests; nothing here runs at extraction time.
"""
