import time

from django.core.management.base import BaseCommand

from search.benchdata import generate, generated_count
from search.services import documents_rebuild


class Command(BaseCommand):
    help = (
        "Create a large realistic catalogue for benchmarks (default 10,000 suppliers and "
        "100,000 products on the export taxonomy, five languages) with COPY, then index it. "
        "Skips the work when the data is already there (use --force to add another batch)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--suppliers", type=int, default=10_000)
        parser.add_argument("--products", type=int, default=100_000)
        parser.add_argument("--seed", type=int, default=2026)
        parser.add_argument("--force", action="store_true")
        parser.add_argument(
            "--no-index", action="store_true", help="do not build the search documents"
        )

    def handle(self, *args, **options):
        def log(message: str) -> None:
            self.stdout.write(f"  {message}", ending="\n")
            self.stdout.flush()

        if generated_count() and not options["force"]:
            self.stdout.write("Benchmark data already present (use --force to add more).")
            return
        started = time.monotonic()
        figures = generate(
            suppliers=options["suppliers"],
            products=options["products"],
            seed=options["seed"],
            log=log,
        )
        if not options["no_index"]:
            figures["index"] = documents_rebuild(log=log)
        figures["total_seconds"] = round(time.monotonic() - started, 1)
        self.stdout.write(self.style.SUCCESS(f"Seeded: {figures}"))
