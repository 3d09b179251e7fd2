"""Search documents: one denormalised row per public product and per public supplier.

They are the PostgreSQL engine's index (weighted ``tsvector`` + GIN, every filter and facet as a
plain column, so a search never joins) and the source the OpenSearch engine's bulk indexer reads.
Rows are written only by ``search.services`` (set-based SQL, see ``engines/postgres/indexer.py``);
nothing else edits them. The big columns (full vector, body, category text, attributes) are kept
out of line (migration 0003: ``STORAGE EXTERNAL``, ``toast_tuple_target``) so that scanning
filters and facets reads narrow rows; a query touches the full vector only through its GIN
index (plain AND/OR queries need no recheck), and ranks on ``title_vector``. ``Term`` is the vocabulary of the indexed text, used for autocomplete and
for typo tolerance when ``pg_trgm`` is not installed.
"""

from __future__ import annotations

from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.utils import timezone


class ProductDocument(models.Model):
    product = models.OneToOneField(
        "catalog.Product", on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    company = models.ForeignKey("companies.Company", on_delete=models.CASCADE, related_name="+")
    category = models.ForeignKey("catalog.Category", on_delete=models.CASCADE, related_name="+")
    category_path = ArrayField(models.IntegerField(), default=list)  # top → leaf ids
    lang = models.CharField(max_length=2, default="en")
    # display fields (results need no other table)
    title = models.CharField(max_length=150)
    slug = models.CharField(max_length=180)
    company_name = models.CharField(max_length=200)
    company_slug = models.CharField(max_length=220)
    category_name = models.CharField(max_length=120)
    category_slug = models.CharField(max_length=140)
    # text the OpenSearch engine analyses per language (PostgreSQL has it in `vector`)
    category_text = models.TextField(blank=True)
    body = models.TextField(blank=True)
    vector = SearchVectorField(null=True)  # everything (matching), stored out of line
    title_vector = SearchVectorField(null=True)  # the title alone, small (ranking)
    # filters, facets, sorting
    price_min = models.DecimalField(max_digits=14, decimal_places=2, null=True)
    price_max = models.DecimalField(max_digits=14, decimal_places=2, null=True)
    currency = models.CharField(max_length=3)
    price_unit = models.CharField(max_length=20)
    price_min_usd = models.DecimalField(max_digits=14, decimal_places=2, null=True)
    price_max_usd = models.DecimalField(max_digits=14, decimal_places=2, null=True)
    moq = models.DecimalField(max_digits=14, decimal_places=2)
    moq_unit = models.CharField(max_length=20)
    lead_time_days = models.PositiveSmallIntegerField(null=True)
    attributes = models.JSONField(default=dict)
    certifications = ArrayField(models.IntegerField(), default=list)  # CertificationType ids
    payment_terms = ArrayField(models.CharField(max_length=10), default=list)
    country = models.CharField(max_length=2)
    state_code = models.CharField(max_length=2, blank=True)
    is_verified = models.BooleanField(default=False)
    evidence = models.PositiveSmallIntegerField(default=0)
    plan_rank = models.PositiveSmallIntegerField(default=0)
    plan_slug = models.CharField(max_length=60, blank=True)
    rating_avg = models.DecimalField(max_digits=3, decimal_places=2, null=True)
    rating_count = models.PositiveIntegerField(default=0)
    published_at = models.DateTimeField()
    indexed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [
            GinIndex(fields=["vector"], name="search_pdoc_vector"),
            GinIndex(fields=["category_path"], name="search_pdoc_category_path"),
            GinIndex(fields=["certifications"], name="search_pdoc_certifications"),
            models.Index(fields=["company"], name="search_pdoc_company"),
            models.Index(
                fields=["-evidence", "-plan_rank", "-published_at"], name="search_pdoc_browse"
            ),
            models.Index(fields=["-published_at"], name="search_pdoc_newest"),
            models.Index(fields=["price_min_usd"], name="search_pdoc_price"),
            GinIndex(fields=["title_vector"], name="search_pdoc_title"),  # autocomplete
        ]

    def __str__(self) -> str:
        return self.title


class SupplierDocument(models.Model):
    company = models.OneToOneField(
        "companies.Company", on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    name = models.CharField(max_length=200)
    slug = models.CharField(max_length=220)
    city = models.CharField(max_length=100, blank=True)
    lang = models.CharField(max_length=2, default="en")
    about = models.TextField(blank=True)
    category_text = models.TextField(blank=True)
    product_text = models.TextField(blank=True)
    vector = SearchVectorField(null=True)
    title_vector = SearchVectorField(null=True)  # the name alone
    category_path = ArrayField(models.IntegerField(), default=list)  # every category it sells in
    certifications = ArrayField(models.IntegerField(), default=list)
    payment_terms = ArrayField(models.CharField(max_length=10), default=list)
    export_markets = ArrayField(models.CharField(max_length=2), default=list)
    country = models.CharField(max_length=2)
    state_code = models.CharField(max_length=2, blank=True)
    is_verified = models.BooleanField(default=False)
    evidence = models.PositiveSmallIntegerField(default=0)
    plan_rank = models.PositiveSmallIntegerField(default=0)
    plan_slug = models.CharField(max_length=60, blank=True)
    rating_avg = models.DecimalField(max_digits=3, decimal_places=2, null=True)
    rating_count = models.PositiveIntegerField(default=0)
    product_count = models.PositiveIntegerField(default=0)
    moq_min = models.DecimalField(max_digits=14, decimal_places=2, null=True)
    price_min_usd = models.DecimalField(max_digits=14, decimal_places=2, null=True)
    price_max_usd = models.DecimalField(max_digits=14, decimal_places=2, null=True)
    lead_time_min = models.PositiveSmallIntegerField(null=True)
    created_at = models.DateTimeField()
    indexed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [
            GinIndex(fields=["vector"], name="search_sdoc_vector"),
            GinIndex(fields=["title_vector"], name="search_sdoc_name"),
            GinIndex(fields=["category_path"], name="search_sdoc_category_path"),
            models.Index(
                fields=["-evidence", "-plan_rank", "-product_count"], name="search_sdoc_browse"
            ),
        ]

    def __str__(self) -> str:
        return self.name


class CategoryDocument(models.Model):
    """A category's names in every language as a vector: which categories a query's words name
    is answered here once per query, not per product."""

    category = models.OneToOneField(
        "catalog.Category", on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    vector = SearchVectorField(null=True)

    def __str__(self) -> str:
        return str(self.category_id)


class Term(models.Model):
    """A word of the indexed text (unaccented, lower case) and how many documents hold it."""

    term = models.CharField(max_length=60, primary_key=True)
    df = models.PositiveIntegerField(default=0)

    class Meta:
        indexes = [
            models.Index(
                fields=["term"], name="search_term_prefix", opclasses=["varchar_pattern_ops"]
            )
        ]

    def __str__(self) -> str:
        return self.term
