from django.core.management.base import BaseCommand

from cms.services import editorial_setup


class Command(BaseCommand):
    help = 'Create the "Content editor" and "Moderator" groups and the "Moderation" workflow.'

    def handle(self, *args, **options):
        workflow = editorial_setup()
        pages = workflow.workflow_pages.count()
        self.stdout.write(self.style.SUCCESS(f"Editorial workflow ready on {pages} index pages."))
