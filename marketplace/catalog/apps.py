from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CatalogConfig(AppConfig):
    name = "marketplace.catalog"
    label = "catalog"
    verbose_name = _("Catalog")

    def ready(self) -> None:
        from . import signals  # noqa: F401
        from .services import register_with_billing

        register_with_billing()
