"""Narrow rows for fast scans, on any PostgreSQL: the wide columns of the search documents are
kept out of line (TOAST, uncompressed), the ones every filter, facet and ranking reads are kept
inline and uncompressed (``toast_tuple_target`` would otherwise squeeze them too)."""

from django.db import migrations

WIDE = {
    "search_productdocument": ("vector", "body", "category_text", "attributes"),
    "search_supplierdocument": ("vector", "about", "category_text", "product_text"),
}
HOT = {
    "search_productdocument": ("title_vector", "category_path", "certifications", "payment_terms"),
    "search_supplierdocument": (
        "title_vector",
        "category_path",
        "certifications",
        "payment_terms",
        "export_markets",
    ),
}


def _sql(wide_storage: str, hot_storage: str, option: str) -> list[str]:
    statements = []
    for table in WIDE:
        alters = [f"ALTER COLUMN {c} SET STORAGE {wide_storage}" for c in WIDE[table]]
        alters += [f"ALTER COLUMN {c} SET STORAGE {hot_storage}" for c in HOT[table]]
        statements.append(f"ALTER TABLE {table} {', '.join(alters)}, {option}")
    return statements


class Migration(migrations.Migration):
    dependencies = [("search", "0002_database_setup")]

    operations = [
        migrations.RunSQL(
            _sql("EXTERNAL", "PLAIN", "SET (toast_tuple_target = 128)"),
            _sql("EXTENDED", "EXTENDED", "RESET (toast_tuple_target)"),
        )
    ]
