"""Rule modules: compiled patterns and small pure functions the detectors share."""
