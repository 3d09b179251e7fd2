from .fixtures import _fresh_search_state, no_trigram, world  # noqa: F401
