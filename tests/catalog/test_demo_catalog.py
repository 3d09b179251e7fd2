"""The demo catalog (`marketplace.catalog.demo.seed`): suppliers with valid identifiers and
evidence, published products whose specifications fit their categories, photos with alt text,
featured listings, and a second run that creates nothing.

Seeding takes a while, so it runs once for the module (twice, for idempotency) inside a
transaction rolled back at the end; files go to a temporary media folder."""

from __future__ import annotations

import re
from collections import Counter
from datetime import timedelta
from decimal import Decimal

import pytest
from django.contrib.auth.hashers import check_password
from django.db import transaction
from django.test import override_settings
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import Collection

from marketplace.accounts import demo as accounts_demo
from marketplace.accounts.demo import DEMO_PASSWORD
from marketplace.accounts.models import User
from marketplace.catalog import demo as catalog_demo
from marketplace.catalog.models import Category, Currency, Featured, Incoterm, Product, ProductImage
from marketplace.catalog.services import attributes_validate
from marketplace.companies import demo as companies_demo
from marketplace.companies import validators
from marketplace.companies.models import (
    Certification,
    Company,
    KycDocument,
    PaymentTerm,
    ReviewStatus,
)
from marketplace.files.models import StoredFile

# every test uses the database, so pytest-django keeps this module's tests together (its
# module-scoped seed is made once) and before the transactional tests that empty the tables
pytestmark = pytest.mark.django_db

PAN = re.compile(r"^[A-Z]{3}C[A-Z][0-9]{4}[A-Z]$")


def _counts() -> dict[str, int]:
    return {
        "users": User.objects.count(),
        "companies": Company.objects.count(),
        "kyc": KycDocument.objects.count(),
        "certifications": Certification.objects.count(),
        "files": StoredFile.objects.count(),
        "categories": Category.objects.count(),
        "products": Product.objects.count(),
        "product_images": ProductImage.objects.count(),
        "images": get_image_model().objects.count(),
        "featured": Featured.objects.count(),
    }


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker, tmp_path_factory):
    media = tmp_path_factory.mktemp("demo-catalog-media")
    with (
        django_db_blocker.unblock(),
        override_settings(MEDIA_ROOT=str(media)),
        transaction.atomic(),
    ):
        if Collection.get_first_root_node() is None:  # emptied by a transactional test
            Collection.add_root(name="Root")
        accounts_demo.seed()
        companies_demo.seed()  # certification types, as in seed_demo
        first = catalog_demo.seed()
        after_first = _counts()
        second = catalog_demo.seed()
        after_second = _counts()
        yield {
            "first": first,
            "second": second,
            "after_first": after_first,
            "after_second": after_second,
        }
        transaction.set_rollback(True)


@pytest.fixture
def companies(seeded, db) -> list[Company]:
    return list(
        Company.objects.filter(members__user__email__endswith="@tradesetu.test")
        .filter(members__user__email__startswith="supplier")
        .select_related("seller_profile")
        .distinct()
    )


@pytest.fixture
def products(companies) -> list[Product]:
    return list(
        Product.objects.filter(company__in=companies)
        .select_related("category", "company")
        .prefetch_related("images__image")
    )


def test_second_run_creates_nothing(seeded):
    assert seeded["after_first"] == seeded["after_second"]
    assert seeded["first"]["products_created"] >= 300
    assert seeded["second"]["products_created"] == 0
    for key in ("sellers", "verified", "products", "images", "featured"):
        assert seeded["first"][key] == seeded["second"][key], key


def test_scale(seeded, companies, products):
    assert len(companies) >= 30
    assert all(company.kind == Company.Kind.SELLER for company in companies)
    published = [p for p in products if p.status == Product.Status.PUBLISHED]
    assert len(published) >= 300
    assert len(published) == len(products) == seeded["first"]["products"]
    # spread: many states, many leaf categories, about two thirds verified
    assert len({company.gst_state_code for company in companies}) >= 12
    assert len({product.category_id for product in products}) >= 100
    verified = sum(company.is_verified for company in companies)
    assert verified == seeded["first"]["verified"]
    assert 0.55 <= verified / len(companies) <= 0.8
    per_company = Counter(product.company_id for product in products)
    assert set(per_company) == {company.pk for company in companies}
    assert max(per_company.values()) <= 10  # within even the Free plan's product limit


def test_suppliers_have_valid_identifiers_and_profiles(companies):
    pans = [company.pan for company in companies]
    assert len(set(pans)) == len(pans)
    for company in companies:
        owner = company.members.get(role="owner").user
        assert re.fullmatch(r"supplier\d{2}@tradesetu\.test", owner.email)
        assert owner.is_seller and owner.email_verified
        assert check_password(DEMO_PASSWORD, owner.password)
        assert company.country == "IN" and company.legal_name and company.about
        assert company.city and company.address and company.year_founded
        assert company.employee_count
        assert PAN.match(company.pan), company.pan
        assert validators.validate_pan(company.pan) == company.pan
        assert validators.validate_gstin(company.gstin) == company.gstin
        assert company.gstin[2:12] == company.pan
        assert company.gstin[:2] == company.gst_state_code
        assert company.state == validators.GST_STATES[company.gst_state_code]
        assert not validators.gstin_consistency_errors(
            gstin=company.gstin, pan=company.pan, state_code=company.gst_state_code
        )
        assert company.iec == company.pan
        profile = company.seller_profile
        assert profile.export_markets and profile.logistics_partners and profile.supply_capacity
        assert profile.payment_terms and set(profile.payment_terms) <= set(PaymentTerm.values)


def test_verified_suppliers_have_approved_evidence(companies):
    for company in companies:
        approved = set(
            company.kyc_documents.filter(status=ReviewStatus.APPROVED).values_list(
                "doc_type", flat=True
            )
        )
        if company.is_verified:
            assert {"gst", "pan", "iec"} <= approved, company
            assert company.verified_at is not None
            for document in company.kyc_documents.select_related("file"):
                assert document.file.mime == "application/pdf"
                assert document.file.scan_status == StoredFile.ScanStatus.CLEAN
        else:
            assert not approved, company
    certified = Certification.objects.filter(company__in=companies, status=ReviewStatus.APPROVED)
    assert certified.count() >= 20
    assert certified.filter(company__is_verified=False).count() == 0
    codes = set(certified.values_list("cert_type__code", flat=True))
    assert {"fssai", "spices-board", "apeda", "iso-9001", "gots", "fda"} <= codes
    for certification in certified:
        assert certification.files.count() == 1
        assert certification.valid_to > timezone.localdate()


def test_products_fit_their_categories(products):
    schemas: dict[int, list] = {}
    for product in products:
        category = product.category
        assert not category.children.exists(), product  # a leaf
        assert attributes_validate(category, product.attributes) == product.attributes, product
        if category.pk not in schemas:
            schemas[category.pk] = category.schema()
        required = {a.key for a in schemas[category.pk] if a.required}
        assert required <= set(product.attributes), product
        assert product.hs_code.isdigit(), product
        assert category.hs_code_from <= product.hs_code <= category.hs_code_to, product


def test_products_are_complete_listings(products):
    slugs, skus = (
        Counter(p.slug for p in products),
        Counter((p.company_id, p.sku) for p in products),
    )
    assert max(slugs.values()) == 1 and max(skus.values()) == 1
    currencies = Counter(product.currency for product in products)
    assert currencies["USD"] > currencies["INR"] > 0
    assert set(currencies) <= set(Currency.values)
    ports = Counter(product.port_of_loading for product in products)
    assert {"Nhava Sheva", "Mundra", "Chennai", "Kochi", "Kolkata", "Visakhapatnam"} <= set(ports)
    for product in products:
        assert product.status == Product.Status.PUBLISHED and product.published_at, product
        assert re.fullmatch(r"[A-Z]{3}-\d{3}", product.sku), product
        assert product.title and product.description.startswith("<p>"), product
        assert Decimal("0") < product.price_min <= product.price_max, product
        assert product.price_unit and product.moq > 0 and product.moq_unit, product
        assert product.incoterms and set(product.incoterms) <= set(Incoterm.values), product
        assert product.port_of_loading, product
        assert product.lead_time_days and 1 <= product.lead_time_days <= 120, product
        assert set(product.payment_terms) <= set(PaymentTerm.values), product
    assert any(product.samples_available for product in products)
    assert not all(product.samples_available for product in products)
    titles = {product.title for product in products}
    assert "Malabar black pepper 550 GL" in titles
    assert "Cotton poplin fabric 60x60" in titles
    assert "Brass diya set of 12" in titles


def test_products_are_public(products):
    public = Product.objects.public().filter(pk__in=[p.pk for p in products])
    assert public.count() == len(products)


def test_every_product_has_a_photo_with_alt_text(products):
    by_category: dict[int, set[int]] = {}
    for product in products:
        images = list(product.images.all())
        assert images, product
        for product_image in images:
            assert product_image.alt_text.strip(), product
            assert product.title in product_image.alt_text
            assert (product_image.image.width, product_image.image.height) == (800, 600)
            by_category.setdefault(product.category_id, set()).add(product_image.image_id)
    # one locally drawn picture per leaf category
    assert all(len(images) == 1 for images in by_category.values())
    assert len({next(iter(i)) for i in by_category.values()}) == len(by_category)


def test_featured_listings(seeded, companies, products):
    demo_products = {product.pk: product for product in products}
    now = timezone.now()
    home = Featured.objects.filter(placement=Featured.Placement.HOME)
    home_products = home.filter(product_id__in=demo_products)
    home_suppliers = home.filter(company__in=companies)
    assert home_products.count() == 4
    assert home_suppliers.count() == 4
    assert all(row.company.is_verified for row in home_suppliers)
    category_rows = Featured.objects.filter(
        placement=Featured.Placement.CATEGORY, product_id__in=demo_products
    )
    assert category_rows.count() == 6
    assert category_rows.values("category").distinct().count() == 3
    for row in category_rows:
        assert demo_products[row.product_id].category_id == row.category_id
    for row in [*home_products, *home_suppliers, *category_rows]:
        assert row.starts_at <= now < row.ends_at
        assert row.ends_at - row.starts_at >= timedelta(days=364)
    assert seeded["first"]["featured"] == 14
