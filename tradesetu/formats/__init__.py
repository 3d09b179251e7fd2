"""Per-language number formats that differ from Django's (``FORMAT_MODULE_PATH``).

Only the number settings are overridden; dates and times keep Django's own formats for the
language (a format module here is tried first, Django's is the fallback for every other name).
"""
