"""Catalog use cases: attribute validation, products (create, edit, duplicate, publish,
unpublish, delete), images, plan limits."""

from __future__ import annotations

import secrets
from decimal import Decimal, InvalidOperation
from typing import Any

import nh3
from django.core.exceptions import ValidationError as DjangoValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from marketplace.audit.services import audit_record
from marketplace.companies.models import Certification, Company, ReviewStatus
from marketplace.companies.services import require
from tradesetu.errors import Conflict, ValidationFailed

from .models import Category, CategoryAttribute, Currency, Product, ProductImage

ALLOWED_TAGS = {"p", "br", "strong", "b", "em", "i", "ul", "ol", "li", "h3", "h4", "a"}
TRUE_WORDS = {"true", "yes", "y", "1", "on"}
FALSE_WORDS = {"false", "no", "n", "0", "off", ""}
MAX_IMAGES = 8


def sanitize_html(html: str) -> str:
    """Rich text from sellers: a small set of tags, links made safe, scripts gone."""
    return nh3.clean(
        html or "",
        tags=ALLOWED_TAGS,
        attributes={"a": {"href", "title"}},
        url_schemes={"http", "https", "mailto"},
        link_rel="nofollow noopener ugc",
    )


# --------------------------------------------------------------------------- attributes


def _coerce(attribute: CategoryAttribute, raw: Any) -> Any:
    if attribute.type == CategoryAttribute.Type.NUMBER:
        try:
            value = Decimal(str(raw).strip().replace(",", ""))
        except (InvalidOperation, ValueError):
            raise ValueError(_("Enter a number.")) from None
        if not value.is_finite():
            raise ValueError(_("Enter a number."))
        return int(value) if value == value.to_integral_value() else float(value)
    if attribute.type == CategoryAttribute.Type.BOOLEAN:
        if isinstance(raw, bool):
            return raw
        word = str(raw).strip().lower()
        if word in TRUE_WORDS:
            return True
        if word in FALSE_WORDS:
            return False
        raise ValueError(_("Answer yes or no."))
    if attribute.type == CategoryAttribute.Type.CHOICE:
        value = str(raw).strip()
        match = next((c for c in attribute.choices if c.lower() == value.lower()), None)
        if match is None:
            raise ValueError(
                _("Choose one of: %(choices)s.") % {"choices": ", ".join(attribute.choices)}
            )
        return match
    value = str(raw).strip()
    if len(value) > 200:
        raise ValueError(_("Keep it under 200 characters."))
    return value


def attributes_validate(
    category: Category, data: dict[str, Any], *, require: bool = True
) -> dict[str, Any]:
    """Check specifications against the category's schema; raise with one message per field.

    ``require=False`` (buyers' RFQs) checks types and allowed values but not completeness."""
    schema = {attribute.key: attribute for attribute in category.schema()}
    clean: dict[str, Any] = {}
    errors: dict[str, list[str]] = {}
    for key, raw in (data or {}).items():
        if key not in schema:
            errors[f"attributes.{key}"] = [
                _("“%(key)s” is not a specification of %(category)s.")
                % {"key": key, "category": category.display_name}
            ]
            continue
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            continue
        try:
            clean[key] = _coerce(schema[key], raw)
        except ValueError as exc:
            errors[f"attributes.{key}"] = [str(exc)]
    for key, attribute in schema.items():
        if (
            require
            and attribute.required
            and key not in clean
            and f"attributes.{key}" not in errors
        ):
            errors[f"attributes.{key}"] = [
                _("%(label)s is required for this category.") % {"label": attribute.display_label}
            ]
    if errors:
        raise ValidationFailed(_("Some specifications do not fit the category."), fields=errors)
    return clean


# --------------------------------------------------------------------------- products

# The product's own columns a seller fills in (forms, CSV/XLSX import columns, duplication).
PRODUCT_COLUMNS = (
    "title",
    "sku",
    "description",
    "price_min",
    "price_max",
    "currency",
    "price_unit",
    "moq",
    "moq_unit",
    "hs_code",
    "lead_time_days",
    "supply_capacity",
    "payment_terms",
    "incoterms",
    "port_of_loading",
    "samples_available",
)
PRODUCT_FIELDS = (*PRODUCT_COLUMNS, "category", "attributes")
# Columns holding several values from a fixed vocabulary: the model field's choices are the one
# source that the product form, the API and the bulk import read.
LIST_FIELDS = ("payment_terms", "incoterms")


def list_choices(field: str) -> list[tuple[str, Any]]:
    """``(code, label)`` pairs a list column accepts (labels translated when shown)."""
    return list(Product._meta.get_field(field).base_field.choices)


def unknown_choices_message(field: str, unknown: list[str]) -> str:
    allowed = "; ".join(f"{code} ({label})" for code, label in list_choices(field))
    if field == "payment_terms":
        return _("Unknown payment terms: %(values)s. Use: %(allowed)s.") % {
            "values": ", ".join(unknown),
            "allowed": allowed,
        }
    return _("Unknown Incoterms: %(values)s. Use: %(allowed)s.") % {
        "values": ", ".join(unknown),
        "allowed": ", ".join(code for code, _label in list_choices(field)),
    }


def _unique_slug(title: str) -> str:
    base = slugify(title)[:150] or "product"
    slug = base
    while Product.objects.filter(slug=slug).exists():
        slug = f"{base}-{secrets.token_hex(3)}"
    return slug


def _validate_product(product: Product, certifications: list[Certification] | None) -> None:
    errors: dict[str, list[str]] = {}
    category = product.category if product.category_id else None
    if category is None:
        errors["category"] = [_("Choose a category.")]
    elif not category.is_active:
        errors["category"] = [_("This category is not available.")]
    elif not category.is_leaf:
        errors["category"] = [_("Choose the most specific category.")]
    if product.currency not in Currency.values:
        errors["currency"] = [_("Unknown currency.")]
    for field in ("price_min", "price_max", "moq"):
        value = getattr(product, field)
        if value is not None and value <= 0:
            errors[field] = [_("Must be more than zero.")]
    if product.moq is None:
        errors["moq"] = [_("Enter the minimum order quantity.")]
    if product.price_min and product.price_max and product.price_max < product.price_min:
        errors["price_max"] = [_("The upper price is below the lower price.")]
    if product.hs_code and not (product.hs_code.isdigit() and 4 <= len(product.hs_code) <= 10):
        errors["hs_code"] = [_("An HS code has 4 to 10 digits.")]
    for field in LIST_FIELDS:
        allowed = dict(list_choices(field))
        unknown = [value for value in getattr(product, field) if value not in allowed]
        if unknown:
            errors[field] = [unknown_choices_message(field, unknown)]
    if certifications:
        foreign = [c for c in certifications if c.company_id != product.company_id]
        if foreign:
            errors["certifications"] = [_("Attach only your own company's certifications.")]
    try:
        # the table's constraints (price range, MOQ above zero, SKU per company) are the checks
        # above, worded for sellers: validating them again would say the same thing twice
        product.full_clean(
            exclude=["slug", "company", "category", "attributes", "certifications"],
            validate_constraints=False,
        )
    except DjangoValidationError as exc:
        for field, messages in exc.message_dict.items():
            if field not in errors:  # one message per problem: ours when we have one
                errors[field] = list(dict.fromkeys(messages))
    if category is not None and "category" not in errors:
        try:
            product.attributes = attributes_validate(category, product.attributes)
        except ValidationFailed as exc:
            errors.update(exc.fields)
    if errors:
        raise ValidationFailed(_("Please correct the errors below."), fields=errors)


def _apply(product: Product, data: dict[str, Any]) -> None:
    unknown = set(data) - {*PRODUCT_FIELDS, "certifications", "status"}
    if unknown:
        raise ValidationFailed(
            _("Unknown fields."), fields={f: [_("This field cannot be set.")] for f in unknown}
        )
    for field in PRODUCT_FIELDS:
        if field in data:
            setattr(product, field, data[field])
    product.title = (product.title or "").strip()
    product.sku = (product.sku or "").strip()
    product.description = sanitize_html(product.description)


def _check_publish_room(company: Company, exclude: Product | None = None) -> None:
    from billing.selectors import plan_effective

    plan = plan_effective(company)
    if plan.max_products is None:
        return
    published = Product.objects.filter(company=company, status=Product.Status.PUBLISHED)
    if exclude is not None:
        published = published.exclude(pk=exclude.pk)
    if published.count() >= plan.max_products:
        raise Conflict(
            _(
                "Your %(plan)s plan allows %(limit)s published products. Upgrade your plan or unpublish another product."
            )
            % {"plan": plan.display_name, "limit": plan.max_products},
            code="entitlement_denied",
        )


@transaction.atomic
def product_create(
    *, company: Company, actor, data: dict[str, Any], publish: bool = False, request=None
) -> Product:
    """Create a product for ``company``; the plan's product limit applies."""
    from billing.entitlements import entitlement_require

    require(actor, "view_company", company)
    Company.objects.select_for_update().get(pk=company.pk)  # serialise the limit check
    entitlement_require(company, "product.create")
    certifications = data.pop("certifications", None)
    product = Product(company=company, created_by=actor)
    _apply(product, data)
    _validate_product(product, certifications)
    if product.sku and Product.objects.filter(company=company, sku=product.sku).exists():
        raise ValidationFailed.field("sku", _("You already have a product with this SKU."))
    product.slug = _unique_slug(product.title)
    if publish:
        _check_publish_room(company)
        product.status = Product.Status.PUBLISHED
        product.published_at = timezone.now()
    product.save()
    if certifications is not None:
        product.certifications.set(certifications)
    audit_record(
        action="product.create",
        entity=product,
        actor=actor,
        diff={"status": product.status},
        request=request,
    )
    return product


@transaction.atomic
def product_update(*, product: Product, actor, data: dict[str, Any], request=None) -> Product:
    require(actor, "view_company", product.company)
    product = Product.objects.select_for_update().get(pk=product.pk)
    if product.status == Product.Status.SUSPENDED:
        raise Conflict(
            _("This product is suspended by TradeSetu and cannot be edited."), code="suspended"
        )
    certifications = data.pop("certifications", None)
    before = {field: str(getattr(product, field)) for field in data if field in PRODUCT_FIELDS}
    _apply(product, data)
    _validate_product(product, certifications)
    if (
        product.sku
        and Product.objects.filter(company=product.company, sku=product.sku)
        .exclude(pk=product.pk)
        .exists()
    ):
        raise ValidationFailed.field("sku", _("You already have a product with this SKU."))
    product.save()
    if certifications is not None:
        product.certifications.set(certifications)
    changed = {
        f: [before[f], str(getattr(product, f))]
        for f in before
        if before[f] != str(getattr(product, f))
    }
    audit_record(
        action="product.update", entity=product, actor=actor, diff=changed, request=request
    )
    return product


@transaction.atomic
def product_publish(*, product: Product, actor, request=None) -> Product:
    require(actor, "view_company", product.company)
    product = Product.objects.select_for_update().get(pk=product.pk)
    if product.status == Product.Status.SUSPENDED:
        raise Conflict(_("This product is suspended by TradeSetu."), code="suspended")
    if product.status == Product.Status.PUBLISHED:
        return product
    Company.objects.select_for_update().get(pk=product.company_id)
    _check_publish_room(product.company, exclude=product)
    _validate_product(product, None)
    product.status = Product.Status.PUBLISHED
    product.published_at = timezone.now()
    product.save(update_fields=["status", "published_at", "attributes", "updated_at"])
    audit_record(action="product.publish", entity=product, actor=actor, request=request)
    return product


@transaction.atomic
def product_unpublish(*, product: Product, actor, request=None, reason: str = "") -> Product:
    if actor is not None:
        require(actor, "view_company", product.company)
    product = Product.objects.select_for_update().get(pk=product.pk)
    if product.status != Product.Status.PUBLISHED:
        return product
    product.status = Product.Status.DRAFT
    product.save(update_fields=["status", "updated_at"])
    audit_record(
        action="product.unpublish",
        entity=product,
        actor=actor,
        diff={"reason": reason},
        request=request,
    )
    return product


@transaction.atomic
def product_duplicate(*, product: Product, actor, request=None) -> Product:
    """A draft copy (without SKU) to start a similar product from."""
    data = {field: getattr(product, field) for field in PRODUCT_FIELDS}
    data["title"] = _("%(title)s (copy)") % {"title": product.title}
    data["sku"] = ""
    data["certifications"] = list(product.certifications.all())
    copy = product_create(company=product.company, actor=actor, data=data, request=request)
    for image in product.images.all():
        ProductImage.objects.create(
            product=copy, image=image.image, alt_text=image.alt_text, sort_order=image.sort_order
        )
    return copy


@transaction.atomic
def product_delete(*, product: Product, actor, request=None) -> None:
    require(actor, "view_company", product.company)
    audit_record(
        action="product.delete",
        entity=product,
        actor=actor,
        diff={"title": product.title},
        request=request,
    )
    product.delete()


def product_suspend(*, product: Product, actor, reason: str, request=None) -> Product:
    """Staff take a product off the site (policy breach); the seller cannot republish it."""
    if not actor.has_perm("catalog.change_product"):
        from tradesetu.errors import PermissionDenied

        raise PermissionDenied(_("Only staff can suspend products."))
    with transaction.atomic():
        product = Product.objects.select_for_update().get(pk=product.pk)
        product.status = Product.Status.SUSPENDED
        product.suspended_reason = reason[:300]
        product.save(update_fields=["status", "suspended_reason", "updated_at"])
        audit_record(
            action="product.suspend",
            entity=product,
            actor=actor,
            diff={"reason": reason},
            request=request,
        )
    return product


# --------------------------------------------------------------------------- images

IMAGE_MAX_BYTES = 8 * 1024 * 1024
IMAGE_MAX_PIXELS = 40_000_000


def product_image_add(
    *, product: Product, actor, upload: UploadedFile, alt_text: str, request=None
) -> ProductImage:
    """Add a photo: must really be an image (decoded, not trusted by name), not huge, with alt text."""
    from PIL import Image as PILImage
    from PIL import UnidentifiedImageError
    from wagtail.images import get_image_model

    require(actor, "view_company", product.company)
    alt_text = (alt_text or "").strip()
    errors: dict[str, list[str]] = {}
    if not alt_text:
        errors["alt_text"] = [_("Describe the photo for people who cannot see it.")]
    if product.images.count() >= MAX_IMAGES:
        errors["image"] = [_("A product has at most %(n)s photos.") % {"n": MAX_IMAGES}]
    if upload.size and upload.size > IMAGE_MAX_BYTES:
        errors["image"] = [_("The photo is larger than 8 MB.")]
    if not errors:
        try:
            upload.seek(0)
            with PILImage.open(upload) as probe:
                if probe.width * probe.height > IMAGE_MAX_PIXELS:
                    errors["image"] = [_("The photo has too many pixels (over 40 megapixels).")]
                elif probe.format not in {"JPEG", "PNG", "WEBP"}:
                    errors["image"] = [_("Upload a JPEG, PNG or WebP photo.")]
                else:
                    probe.verify()
        except (UnidentifiedImageError, OSError, PILImage.DecompressionBombError):
            errors["image"] = [_("This file is not an image.")]
    if errors:
        raise ValidationFailed(_("Please correct the errors below."), fields=errors)
    upload.seek(0)
    Image = get_image_model()
    with transaction.atomic():
        image = Image(title=alt_text[:255], file=upload, uploaded_by_user=actor)
        image.save()
        position = product.images.count()
        product_image = ProductImage.objects.create(
            product=product, image=image, alt_text=alt_text, sort_order=position
        )
        audit_record(action="product.image_add", entity=product, actor=actor, request=request)
    return product_image


# --------------------------------------------------------------------------- plan limits


def products_counted(company: Company) -> int:
    """Products that count against the plan's limit: drafts and published ones."""
    return Product.objects.filter(
        company=company, status__in=[Product.Status.DRAFT, Product.Status.PUBLISHED]
    ).count()


def products_enforce_limit(company: Company, plan) -> int:
    """After a downgrade: unpublish (never delete) the newest published products beyond the limit."""
    if plan.max_products is None:
        return 0
    published = Product.objects.filter(company=company, status=Product.Status.PUBLISHED).order_by(
        "-published_at", "-pk"
    )
    excess = (
        list(published[plan.max_products :].values_list("pk", flat=True))
        if published.count() > plan.max_products
        else []
    )
    for product in Product.objects.filter(pk__in=excess):
        product_unpublish(product=product, actor=None, reason="plan limit")
    return len(excess)


def register_with_billing() -> None:
    from billing import entitlements

    entitlements.register_usage_counter("products", products_counted)
    entitlements.register_limits_enforcer("products", products_enforce_limit)


def approved_certifications(company: Company):
    return Certification.objects.filter(
        company=company, status=ReviewStatus.APPROVED
    ).select_related("cert_type")
