"""Install pg_trgm / unaccent when the server offers them (never required) and define the SQL
helpers the engine uses (search_unaccent, search_detect_lang); see engines/postgres/features.py."""

from django.db import migrations


def setup(apps, schema_editor):
    from search.engines.postgres.features import database_setup

    database_setup(schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [migrations.RunPython(setup, migrations.RunPython.noop)]
