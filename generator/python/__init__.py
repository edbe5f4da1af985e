"""Everything that knows the target language: annotations with their imports, and the views the
templates print (every name and import decided here or in :mod:`generator.naming`)."""
