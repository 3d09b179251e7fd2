from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LeadsConfig(AppConfig):
    name = "marketplace.leads"
    label = "leads"
    verbose_name = _("RFQs and leads")

    def ready(self) -> None:
        from . import signals  # noqa: F401
