from __future__ import annotations

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class RatingSummary(models.Model):
    """A company's review aggregate: a cache of its approved reviews, recomputed from them by
    ``services.rating_summary_refresh`` inside every moderation / edit / delete transaction,
    never incremented. Read it through ``selectors.ratings_for``."""

    company = models.OneToOneField(
        "companies.Company",
        primary_key=True,
        related_name="rating_summary",
        on_delete=models.CASCADE,
    )
    average = models.DecimalField(_("average rating"), max_digits=3, decimal_places=2, default=0)
    count = models.PositiveIntegerField(_("approved reviews"), default=0)
    communication = models.DecimalField(
        _("communication"), max_digits=3, decimal_places=2, null=True, blank=True
    )
    product_quality = models.DecimalField(
        _("product quality"), max_digits=3, decimal_places=2, null=True, blank=True
    )
    delivery = models.DecimalField(
        _("delivery"), max_digits=3, decimal_places=2, null=True, blank=True
    )
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("rating summary")
        verbose_name_plural = _("rating summaries")

    def __str__(self) -> str:
        return f"{self.company_id}: {self.average} ({self.count})"
