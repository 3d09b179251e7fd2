from django.core.management.base import BaseCommand

from search.engines import get_engine
from search.services import documents_rebuild


class Command(BaseCommand):
    help = (
        "Rebuild every search document from the catalogue, then the configured engine's index. "
        "With OpenSearch a new index is filled and the alias is swapped to it at the end (zero "
        "downtime); with PostgreSQL the documents are upserted in batches while searches go on."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--engine-only",
            action="store_true",
            help="Skip the document tables; only copy them into the engine (OpenSearch).",
        )

    def handle(self, *args, **options):
        def log(message: str) -> None:
            self.stdout.write(f"  {message}")

        if not options["engine_only"]:
            documents_rebuild(log=log)
        engine = get_engine()
        figures = engine.rebuild(log=log)
        self.stdout.write(
            self.style.SUCCESS(f"Search index rebuilt ({engine.name}). {figures or ''}")
        )
