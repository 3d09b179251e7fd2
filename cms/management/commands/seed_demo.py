from django.core.management.base import BaseCommand

from cms.services import home_page_ensure
from marketplace.accounts import demo as accounts_demo


class Command(BaseCommand):
    help = "Load demo data (idempotent: running it again adds nothing twice)."

    def handle(self, *args, **options):
        home_page_ensure()
        users = accounts_demo.seed()
        self.stdout.write(self.style.SUCCESS(f"Demo data ready: {len(users)} accounts."))
