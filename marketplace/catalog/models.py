from __future__ import annotations

from decimal import Decimal

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel

from marketplace.companies.models import Certification, Company, PaymentTerm
from tradesetu.i18n import vocabulary

MAX_DEPTH = 3


class Incoterm(models.TextChoices):
    EXW = "EXW", "EXW"
    FCA = "FCA", "FCA"
    FAS = "FAS", "FAS"
    FOB = "FOB", "FOB"
    CFR = "CFR", "CFR"
    CIF = "CIF", "CIF"
    CPT = "CPT", "CPT"
    CIP = "CIP", "CIP"
    DAP = "DAP", "DAP"
    DPU = "DPU", "DPU"
    DDP = "DDP", "DDP"


class Currency(models.TextChoices):
    INR = "INR", "INR"
    USD = "USD", "USD"
    EUR = "EUR", "EUR"
    GBP = "GBP", "GBP"
    AED = "AED", "AED"


class Category(ClusterableModel):
    """A node of the export taxonomy (up to three levels). Its attribute schema (own attributes
    plus its ancestors') drives product forms, RFQ forms, filters and compare."""

    name = models.CharField(_("name"), max_length=120)
    name_i18n = models.JSONField(
        _("translated names"),
        default=dict,
        blank=True,
        help_text=_('Names in other languages, e.g. {"es": "Especias", "ar": "توابل"}.'),
    )
    slug = models.SlugField(_("slug"), max_length=140, unique=True)
    parent = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
        verbose_name=_("parent"),
    )
    depth = models.PositiveSmallIntegerField(default=1, editable=False)
    hs_code_from = models.CharField(_("HS code from"), max_length=10, blank=True)
    hs_code_to = models.CharField(_("HS code to"), max_length=10, blank=True)
    description = models.TextField(_("description"), blank=True)
    sort_order = models.PositiveSmallIntegerField(default=0)
    is_active = models.BooleanField(_("active"), default=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("parent"),
        FieldPanel("name_i18n"),
        MultiFieldPanel(
            [FieldPanel("hs_code_from"), FieldPanel("hs_code_to")], heading=_("HS codes")
        ),
        FieldPanel("description"),
        FieldPanel("sort_order"),
        FieldPanel("is_active"),
        InlinePanel("attributes", heading=_("Attribute schema"), label=_("Attribute")),
    ]

    class Meta:
        verbose_name = _("category")
        verbose_name_plural = _("categories")
        ordering = ["sort_order", "name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(depth__gte=1, depth__lte=MAX_DEPTH), name="catalog_category_depth"
            ),
        ]

    def __str__(self) -> str:
        return self.display_name

    @property
    def display_name(self) -> str:
        language = (translation.get_language() or "en").split("-")[0]
        return self.name_i18n.get(language) or self.name

    def save(self, *args, **kwargs):
        self.depth = (self.parent.depth + 1) if self.parent_id else 1
        super().save(*args, **kwargs)

    def ancestors(self) -> list[Category]:
        chain, node = [], self.parent
        while node is not None:
            chain.append(node)
            node = node.parent
        return list(reversed(chain))

    def descendant_ids(self) -> list[int]:
        ids, frontier = [self.pk], [self.pk]
        while frontier:
            frontier = list(
                Category.objects.filter(parent_id__in=frontier).values_list("pk", flat=True)
            )
            ids.extend(frontier)
        return ids

    @property
    def is_leaf(self) -> bool:
        return not self.children.exists()

    def schema(self) -> list[CategoryAttribute]:
        """The full attribute schema: ancestors' attributes first, then this category's own."""
        nodes = [*self.ancestors(), self]
        attributes = CategoryAttribute.objects.filter(category__in=nodes).select_related("category")
        by_category: dict[int, list[CategoryAttribute]] = {}
        for attribute in attributes:
            by_category.setdefault(attribute.category_id, []).append(attribute)
        schema: dict[str, CategoryAttribute] = {}
        for node in nodes:
            for attribute in sorted(by_category.get(node.pk, []), key=lambda a: a.sort_order):
                schema[attribute.key] = attribute  # a child may refine a parent's attribute
        return list(schema.values())


class CategoryAttribute(models.Model):
    class Type(models.TextChoices):
        TEXT = "text", _("Text")
        NUMBER = "number", _("Number")
        CHOICE = "choice", _("Choice")
        BOOLEAN = "boolean", _("Yes / no")

    category = ParentalKey(Category, on_delete=models.CASCADE, related_name="attributes")
    key = models.SlugField(_("key"), max_length=40)
    label = models.CharField(_("label"), max_length=80)
    type = models.CharField(_("type"), max_length=10, choices=Type.choices, default=Type.TEXT)
    unit = models.CharField(_("unit"), max_length=20, blank=True)
    required = models.BooleanField(_("required"), default=False)
    choices = ArrayField(
        models.CharField(max_length=80), default=list, blank=True, verbose_name=_("allowed values")
    )
    filterable = models.BooleanField(_("show as a filter"), default=True)
    sort_order = models.PositiveSmallIntegerField(default=0)

    panels = [
        FieldPanel("key"),
        FieldPanel("label"),
        FieldPanel("type"),
        FieldPanel("unit"),
        FieldPanel("required"),
        FieldPanel("choices"),
        FieldPanel("filterable"),
    ]

    class Meta:
        verbose_name = _("attribute")
        ordering = ["sort_order", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["category", "key"], name="catalog_attribute_key_unique"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.label} ({self.key})"

    # The label and unit in the visitor's language when the catalogue has them (the taxonomy's
    # are, through cms/vocabulary.py); an editor's own label shows as typed.
    @property
    def display_label(self) -> str:
        return vocabulary(self.label)

    @property
    def display_unit(self) -> str:
        return vocabulary(self.unit)


class ProductQuerySet(models.QuerySet):
    def public(self):
        """What visitors may see: published products of unblocked seller companies."""
        return self.filter(
            status=Product.Status.PUBLISHED,
            company__is_blocked=False,
            company__kind=Company.Kind.SELLER,
        )


class Product(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")
        SUSPENDED = "suspended", _("Suspended")

    company = models.ForeignKey(Company, on_delete=models.CASCADE, related_name="products")
    title = models.CharField(_("title"), max_length=150)
    slug = models.SlugField(_("slug"), max_length=180, unique=True)
    sku = models.CharField(_("your SKU"), max_length=64, blank=True)
    description = models.TextField(_("description"), blank=True, max_length=20000)
    category = models.ForeignKey(
        Category, on_delete=models.PROTECT, related_name="products", verbose_name=_("category")
    )
    attributes = models.JSONField(_("specifications"), default=dict, blank=True)
    price_min = models.DecimalField(
        _("price from"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0.01"))],
    )
    price_max = models.DecimalField(
        _("price to"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0.01"))],
    )
    currency = models.CharField(
        _("currency"), max_length=3, choices=Currency.choices, default=Currency.USD
    )
    price_unit = models.CharField(_("price per"), max_length=20, default="kg")
    moq = models.DecimalField(
        _("minimum order quantity"),
        max_digits=14,
        decimal_places=2,
        validators=[MinValueValidator(Decimal("0.01"))],
    )
    moq_unit = models.CharField(_("MOQ unit"), max_length=20, default="kg")
    hs_code = models.CharField(_("HS code"), max_length=10, blank=True)
    certifications = models.ManyToManyField(
        Certification, blank=True, related_name="products", verbose_name=_("certifications")
    )
    lead_time_days = models.PositiveSmallIntegerField(_("lead time (days)"), null=True, blank=True)
    supply_capacity = models.CharField(_("supply capacity"), max_length=120, blank=True)
    payment_terms = ArrayField(
        models.CharField(max_length=10, choices=PaymentTerm.choices),
        default=list,
        blank=True,
        verbose_name=_("payment terms"),
    )
    incoterms = ArrayField(
        models.CharField(max_length=3, choices=Incoterm.choices),
        default=list,
        blank=True,
        verbose_name=_("Incoterms"),
    )
    port_of_loading = models.CharField(_("port of loading"), max_length=80, blank=True)
    samples_available = models.BooleanField(_("samples available"), default=False)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    suspended_reason = models.CharField(max_length=300, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)
    published_at = models.DateTimeField(null=True, blank=True)

    objects = ProductQuerySet.as_manager()

    class Meta:
        verbose_name = _("product")
        verbose_name_plural = _("products")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["company", "sku"], condition=~Q(sku=""), name="catalog_product_sku_unique"
            ),
            models.CheckConstraint(
                condition=Q(price_min__isnull=True)
                | Q(price_max__isnull=True)
                | Q(price_max__gte=F("price_min")),
                name="catalog_product_price_range",
            ),
            models.CheckConstraint(condition=Q(moq__gt=0), name="catalog_product_moq_positive"),
        ]
        indexes = [
            models.Index(fields=["status", "category"]),
            models.Index(fields=["company", "status"]),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def is_public(self) -> bool:
        return self.status == self.Status.PUBLISHED and not self.company.is_blocked


class ProductImage(models.Model):
    product = models.ForeignKey(Product, on_delete=models.CASCADE, related_name="images")
    image = models.ForeignKey("wagtailimages.Image", on_delete=models.CASCADE, related_name="+")
    alt_text = models.CharField(_("description for screen readers"), max_length=200)
    sort_order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["sort_order", "pk"]

    def __str__(self) -> str:
        return self.alt_text


class ImportJob(models.Model):
    """A seller's bulk upload (CSV / XLSX) processed by a Celery task."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Running")
        DONE = "done", _("Done")
        FAILED = "failed", _("Failed")

    company = models.ForeignKey(Company, on_delete=models.CASCADE, related_name="import_jobs")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    category = models.ForeignKey(Category, on_delete=models.PROTECT, related_name="+")
    file = models.ForeignKey("files.StoredFile", on_delete=models.PROTECT, related_name="+")
    file_format = models.CharField(max_length=4)
    publish = models.BooleanField(default=False)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    total_rows = models.PositiveIntegerField(default=0)
    processed_rows = models.PositiveIntegerField(default=0)  # rows checked so far
    rejected_rows = models.PositiveIntegerField(default=0)  # of those, rejected
    created_count = models.PositiveIntegerField(default=0)
    updated_count = models.PositiveIntegerField(default=0)
    rejected = models.JSONField(default=list, blank=True)  # [{"row": 3, "errors": {...}}]
    error = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"Import {self.pk} ({self.status})"

    @property
    def progress(self) -> int:
        """Per cent done: checking the rows is 90 %, saving them the rest."""
        if self.status in (self.Status.DONE, self.Status.FAILED):
            return 100
        return int(90 * self.processed_rows / self.total_rows) if self.total_rows else 0

    @property
    def accepted_rows(self) -> int:
        """Rows that passed so far (when done: added or updated)."""
        if self.status == self.Status.DONE:
            return self.created_count + self.updated_count
        return max(0, self.processed_rows - self.rejected_rows)

    @property
    def in_progress(self) -> bool:
        return self.status in (self.Status.QUEUED, self.Status.RUNNING)


class Featured(models.Model):
    """A product or supplier that staff feature on the home page or a category page, for a period."""

    class Placement(models.TextChoices):
        HOME = "home", _("Home page")
        CATEGORY = "category", _("Category page")

    product = models.ForeignKey(
        Product, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    company = models.ForeignKey(
        Company, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    placement = models.CharField(_("placement"), max_length=10, choices=Placement.choices)
    category = models.ForeignKey(
        Category,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("For category placements."),
    )
    starts_at = models.DateTimeField(_("starts"), default=timezone.now)
    ends_at = models.DateTimeField(_("ends"))
    sort_order = models.PositiveSmallIntegerField(default=0)

    panels = [
        FieldPanel("product"),
        FieldPanel("company"),
        FieldPanel("placement"),
        FieldPanel("category"),
        FieldPanel("starts_at"),
        FieldPanel("ends_at"),
        FieldPanel("sort_order"),
    ]

    class Meta:
        verbose_name = _("featured listing")
        verbose_name_plural = _("featured listings")
        ordering = ["sort_order", "-starts_at"]
        constraints = [
            models.CheckConstraint(
                condition=(Q(product__isnull=False) & Q(company__isnull=True))
                | (Q(product__isnull=True) & Q(company__isnull=False)),
                name="catalog_featured_one_target",
            ),
            models.CheckConstraint(
                condition=Q(ends_at__gt=F("starts_at")), name="catalog_featured_period"
            ),
        ]

    def __str__(self) -> str:
        return str(self.product or self.company)
