"""Database features the PostgreSQL engine adapts to, detected at run time.

The engine works on a bare PostgreSQL (the embedded one has no contrib extensions). When
``pg_trgm`` and ``unaccent`` are *available* (a production server), ``database_setup`` installs
them (``CREATE EXTENSION IF NOT EXISTS``, only if listed in ``pg_available_extensions`` and only
if we are allowed to) and the engine uses them:

* ``search_unaccent(text)``: an immutable SQL function every indexed and searched word goes
  through. With ``unaccent`` it wraps the extension's dictionary; without it, a ``translate()``
  over the common Latin accented letters (same results for Spanish and French text).
* typo tolerance: with ``pg_trgm`` a trigram GIN index on the vocabulary (``search_term``) finds
  candidate words in SQL; without it ``fuzzy.py`` does the same with an in-process trigram index.

``database_setup`` runs in the app's migration and again on every ``manage.py search_reindex``
(so installing the extensions later and reindexing starts using them).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from django.conf import settings
from django.db import DatabaseError, connections, transaction

logger = logging.getLogger(__name__)

ACCENTED = "ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿŠšŽžČčĆćĐđŁłŃńŚśŹźŻżĄąĘę"
PLAIN = "AAAAAAaaaaaaCcEEEEeeeeIIIIiiiiNnOOOOOOooooooUUUUuuuuYyySsZzCcCcDdLlNnSsZzZzAaEe"
assert len(ACCENTED) == len(PLAIN)

# Language of a product's text: script first (Devanagari, Arabic), then the share of Spanish and
# French function words; English otherwise. Used to pick the stemming configuration.
DETECT_LANG_SQL = r"""
CREATE OR REPLACE FUNCTION search_detect_lang(title text, body text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN $1 ~ '[\u0900-\u097F]' THEN 'hi'
    WHEN $1 ~ '[\u0600-\u06FF]' THEN 'ar'
    ELSE (
      SELECT CASE
        WHEN es > fr AND es > 0 THEN 'es'
        WHEN fr > es AND fr > 0 THEN 'fr'
        WHEN t ~ '[ñ¿¡]' THEN 'es'
        WHEN t ~ '[çèêàùœ]' THEN 'fr'
        ELSE 'en' END
      FROM (
        SELECT t,
          regexp_count(t, '\m(del|el|los|las|y|para|con|en|una)\M') AS es,
          regexp_count(t, '\m(le|les|du|des|et|pour|avec|au|aux|une)\M') AS fr
        FROM (SELECT lower(coalesce($1, '') || ' ' || left(coalesce($2, ''), 300)) AS t) s
      ) c
    ) END
$$;
"""


@dataclass(frozen=True)
class Features:
    trigram: bool = False
    unaccent: bool = False
    trigram_schema: str = ""
    unaccent_schema: str = ""


_cache: dict[str, Features] = {}


def _installed(cursor) -> dict[str, str]:
    cursor.execute(
        "SELECT e.extname, n.nspname FROM pg_extension e "
        "JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname IN ('pg_trgm', 'unaccent')"
    )
    return dict(cursor.fetchall())


def features(using: str = "default") -> Features:
    """What is installed in the database (cached per process; ``reset()`` forgets)."""
    if using not in _cache:
        with connections[using].cursor() as cursor:
            installed = _installed(cursor)
        _cache[using] = Features(
            trigram="pg_trgm" in installed and settings.SEARCH_PG_EXTENSIONS,
            unaccent="unaccent" in installed,
            trigram_schema=installed.get("pg_trgm", ""),
            unaccent_schema=installed.get("unaccent", ""),
        )
    return _cache[using]


def reset() -> None:
    _cache.clear()


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def database_setup(connection) -> Features:
    """Install the available extensions (if allowed), then (re)define the SQL helpers."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT name FROM pg_available_extensions WHERE name IN ('pg_trgm', 'unaccent')"
        )
        available = {row[0] for row in cursor.fetchall()}
        for extension in sorted(available - set(_installed(cursor))):
            try:
                with transaction.atomic(using=connection.alias):
                    cursor.execute(f"CREATE EXTENSION IF NOT EXISTS {extension}")
            except DatabaseError as error:  # not allowed here: carry on without it
                logger.info("search: extension %s not installed (%s)", extension, error)
        installed = _installed(cursor)
        if "unaccent" in installed:
            schema = _quote(installed["unaccent"])
            body = f"SELECT lower({schema}.unaccent('{schema}.unaccent'::regdictionary, $1))"
        else:
            # translate() is slow on long text: only run it when there is a Latin accent
            body = (
                "SELECT CASE WHEN $1 ~ '[\\u00C0-\\u017F]' "
                f"THEN lower(translate($1, '{ACCENTED}', '{PLAIN}')) ELSE lower($1) END"
            )
        cursor.execute(
            "CREATE OR REPLACE FUNCTION search_unaccent(text) RETURNS text "
            f"LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ {body} $$"
        )
        cursor.execute(DETECT_LANG_SQL)
        if "pg_trgm" in installed:
            schema = _quote(installed["pg_trgm"])
            cursor.execute(
                "CREATE INDEX IF NOT EXISTS search_term_trgm ON search_term "
                f"USING gin (term {schema}.gin_trgm_ops)"
            )
    reset()
    return features(connection.alias)
