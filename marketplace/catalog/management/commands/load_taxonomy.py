from django.core.management.base import BaseCommand

from marketplace.catalog.taxonomy import taxonomy_load


class Command(BaseCommand):
    help = (
        "Load TradeSetu's export taxonomy: categories, HS code ranges and attribute schemas "
        "(idempotent: updates what changed, creates what is missing, never deletes)."
    )

    def handle(self, *args, **options):
        stats = taxonomy_load()
        self.stdout.write(
            self.style.SUCCESS(
                f"Taxonomy loaded: {stats['top']} top categories, {stats['groups']} groups, "
                f"{stats['leaves']} leaf categories, {stats['attributes']} attributes "
                f"({stats['categories_created']} categories and {stats['attributes_created']} "
                f"attributes created, {stats['categories_updated']} categories and "
                f"{stats['attributes_updated']} attributes updated)."
            )
        )
