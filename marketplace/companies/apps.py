from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CompaniesConfig(AppConfig):
    name = "marketplace.companies"
    label = "companies"
    verbose_name = _("Companies")

    def ready(self) -> None:
        from . import access

        access.register()
