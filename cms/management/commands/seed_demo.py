from django.core.management.base import BaseCommand

from billing import demo as billing_demo
from cms import demo as cms_demo
from cms.services import home_page_ensure, images_renditions_queue
from marketplace.accounts import demo as accounts_demo
from marketplace.catalog import demo as catalog_demo
from marketplace.companies import demo as companies_demo
from marketplace.leads import demo as leads_demo
from marketplace.reviews import demo as reviews_demo


class Command(BaseCommand):
    help = "Load demo data (idempotent: running it again adds nothing twice)."

    def handle(self, *args, **options):
        home_page_ensure()
        users = accounts_demo.seed()
        companies_demo.seed()
        catalog_demo.seed()
        content = cms_demo.seed()
        billing_demo.seed()
        leads_demo.seed()
        reviews_demo.seed()
        # renditions made ahead by the worker, not by the first page views
        images = images_renditions_queue()
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo data ready: {len(users)} accounts, "
                f"{content['blog'].get_children().count()} blog posts, "
                f"{content['stories'].get_children().count()} success stories, "
                f"renditions of {images} images queued."
            )
        )
