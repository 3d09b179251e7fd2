"""Keep the search documents fresh: listen to the marketplace's model signals (catalog,
companies, billing, reviews) and hand the ids to ``search.services``. Nothing here changes
another app's code."""

from __future__ import annotations

from django.apps import apps
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from billing.models import Plan, Subscription
from marketplace.catalog.models import Category, Product
from marketplace.companies.models import (
    Block,
    Certification,
    CertificationType,
    Company,
    KycDocument,
    SellerProfile,
)

from . import services


@receiver(post_save, sender=Product, dispatch_uid="search-product-saved")
def product_saved(sender, instance: Product, raw=False, **kwargs):
    if not raw:
        services.products_index(product_ids=[instance.pk])


@receiver(post_delete, sender=Product, dispatch_uid="search-product-deleted")
def product_deleted(sender, instance: Product, **kwargs):
    # the document row went with the product (CASCADE); the supplier's figures change
    services.companies_index(company_ids=[instance.company_id])


@receiver(m2m_changed, sender=Product.certifications.through, dispatch_uid="search-product-certs")
def product_certifications_changed(sender, instance, action, pk_set=None, **kwargs):
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    if isinstance(instance, Product):
        services.products_index(product_ids=[instance.pk])
    elif pk_set:
        services.products_index(product_ids=list(pk_set))


@receiver(post_save, sender=Company, dispatch_uid="search-company-saved")
def company_saved(sender, instance: Company, raw=False, **kwargs):
    if not raw and instance.kind == Company.Kind.SELLER:
        services.companies_index(company_ids=[instance.pk])


@receiver(post_save, sender=SellerProfile, dispatch_uid="search-profile-saved")
@receiver(post_save, sender=KycDocument, dispatch_uid="search-kyc-saved")
@receiver(post_delete, sender=KycDocument, dispatch_uid="search-kyc-deleted")
@receiver(post_save, sender=Certification, dispatch_uid="search-cert-saved")
@receiver(post_delete, sender=Certification, dispatch_uid="search-cert-deleted")
@receiver(post_save, sender=Subscription, dispatch_uid="search-subscription-saved")
def company_fact_changed(sender, instance, raw=False, **kwargs):
    if raw or not instance.company_id:
        return
    services.companies_index(company_ids=[instance.company_id])
    if sender is Certification:  # products may list it
        ids = list(instance.products.values_list("pk", flat=True)) if instance.pk else []
        if ids:
            services.products_index(product_ids=ids)


@receiver(post_save, sender=Block, dispatch_uid="search-block-saved")
def block_changed(sender, instance: Block, raw=False, **kwargs):
    if not raw and instance.company_id:
        services.companies_index(company_ids=[instance.company_id])


@receiver(post_save, sender=Plan, dispatch_uid="search-plan-saved")
def plan_changed(sender, instance: Plan, raw=False, created=False, **kwargs):
    from . import lookups

    lookups.forget()
    if not raw and not created:  # a priority change reaches documents through reconcile
        from django.db import transaction

        from .tasks import reconcile

        transaction.on_commit(reconcile.delay)


@receiver(post_save, sender=CertificationType, dispatch_uid="search-cert-type-saved")
def certification_type_changed(sender, **kwargs):
    from . import lookups

    lookups.forget()


@receiver(post_save, sender=Category, dispatch_uid="search-category-saved")
def category_changed(sender, instance: Category, created=False, raw=False, **kwargs):
    from . import lookups

    lookups.forget()
    if not raw:
        services.category_index(category_id=instance.pk, created=created)


def _connect_ratings() -> None:
    """marketplace.reviews' RatingSummary, when that app is installed."""
    try:
        model = apps.get_model("reviews", "RatingSummary")
    except LookupError:
        return

    def rating_changed(sender, instance, raw=False, **kwargs):
        if not raw:
            services.companies_index(company_ids=[instance.pk])

    post_save.connect(rating_changed, sender=model, dispatch_uid="search-rating-saved", weak=False)
    post_delete.connect(
        rating_changed, sender=model, dispatch_uid="search-rating-deleted", weak=False
    )


_connect_ratings()
