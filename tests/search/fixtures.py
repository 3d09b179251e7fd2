"""Search fixtures (also used by tests/e2e/test_search.py): a small, hand-made world of three
suppliers that differ in evidence, plan, rating and
location, and products in English, Spanish and Hindi, with a ceramic "turmeric yellow" mug to
tempt the ranking."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from marketplace.catalog.models import Category, CategoryAttribute, Product
from marketplace.companies.models import Certification, CertificationType, Company, SellerProfile
from tests.billing.factories import make_plans
from tests.catalog.factories import spice_tree
from tests.companies.factories import approved_document, seller_company

from .factories import product as _product
from .factories import reindex


@dataclass
class World:
    tree: dict
    plans: dict
    malabar: Company
    erode: Company
    jaipur: Company
    products: dict[str, Product]
    fssai: CertificationType


@pytest.fixture
def world(db) -> World:
    from billing.services import subscription_start_or_extend
    from marketplace.reviews.models import RatingSummary

    plans = make_plans()
    tree = spice_tree()
    turmeric, _ = Category.objects.get_or_create(
        slug="t-turmeric",
        defaults={
            "name": "Turmeric",
            "parent": tree["spices"],
            "name_i18n": {"es": "Cúrcuma", "hi": "हल्दी", "fr": "Curcuma"},
        },
    )
    CategoryAttribute.objects.get_or_create(
        category=turmeric,
        key="curcumin",
        defaults={"label": "Curcumin", "type": "number", "unit": "%"},
    )
    crafts, _ = Category.objects.get_or_create(slug="t-crafts", defaults={"name": "Handicrafts"})
    mugs, _ = Category.objects.get_or_create(
        slug="t-mugs", defaults={"name": "Ceramic mugs", "parent": crafts}
    )
    tree.update(turmeric=turmeric, crafts=crafts, mugs=mugs)
    fssai, _ = CertificationType.objects.get_or_create(
        code="fssai", defaults={"name": "FSSAI licence"}
    )

    malabar = seller_company(name="Malabar Pepper Traders", state="32")
    erode = seller_company(name="Erode Turmeric Exports", state="33")
    jaipur = seller_company(name="Jaipur Blue Pottery Co", state="08")
    for company in (malabar, jaipur):
        for doc_type in ("gst", "pan", "iec"):
            approved_document(company, doc_type)
    Company.objects.filter(pk__in=[malabar.pk, jaipur.pk]).update(
        is_verified=True, verified_at=timezone.now()
    )
    SellerProfile.objects.filter(company=malabar).update(
        export_markets="DE,US,AE", payment_terms=["lc", "tt"]
    )
    SellerProfile.objects.filter(company=erode).update(
        export_markets="GB", payment_terms=["advance"]
    )
    Certification.objects.create(
        company=malabar,
        cert_type=fssai,
        number="FSSAI-1001",
        issuer="FSSAI",
        valid_from=timezone.localdate() - timedelta(days=100),
        valid_to=timezone.localdate() + timedelta(days=300),
        status="approved",
    )
    subscription_start_or_extend(company=malabar, plan=plans["premium"])
    subscription_start_or_extend(company=jaipur, plan=plans["growth"])
    RatingSummary.objects.create(company=malabar, average=Decimal("4.60"), count=12)
    RatingSummary.objects.create(company=erode, average=Decimal("3.20"), count=4)

    pepper, spices = tree["pepper"], tree["spices"]
    now = timezone.now()
    products = {
        "tellicherry": _product(
            malabar,
            pepper,
            "Tellicherry black pepper TGSEB",
            price=("6.40", "7.10"),
            moq="1000",
            attributes={"form": "Whole", "moisture": 11, "grade": "TGSEB"},
            description="<p>Garbled, <strong>steam sterilised</strong> Tellicherry berries.</p>",
            lead_time_days=21,
            published_at=now - timedelta(days=30),
        ),
        "malabar_550": _product(
            malabar,
            pepper,
            "Malabar black pepper 550 GL",
            price=("4.20", "5.10"),
            moq="500",
            attributes={"form": "Whole", "moisture": 12},
            lead_time_days=14,
            published_at=now - timedelta(days=20),
        ),
        "malabar_turmeric": _product(
            malabar,
            turmeric,
            "Organic turmeric powder",
            price=("180", "200"),
            currency="INR",
            moq="200",
            attributes={"form": "Powder", "organic": True, "curcumin": 5},
            published_at=now - timedelta(days=10),
        ),
        "erode_fingers": _product(
            erode,
            turmeric,
            "Erode turmeric fingers",
            price=("150", "170"),
            currency="INR",
            moq="5000",
            attributes={"form": "Whole"},
            lead_time_days=30,
            published_at=now - timedelta(days=40),
        ),
        "erode_powder": _product(
            erode,
            turmeric,
            "Turmeric powder 5% curcumin",
            price=("2.50", "2.90"),
            moq="1000",
            attributes={"form": "Powder", "organic": False},
            published_at=now - timedelta(days=5),
        ),
        "erode_spanish": _product(
            erode,
            turmeric,
            "Cúrcuma en polvo ecológica para exportación",
            price=("2.80", "3.00"),
            moq="500",
            attributes={"form": "Powder", "organic": True},
            published_at=now - timedelta(days=3),
        ),
        "erode_hindi": _product(
            erode,
            turmeric,
            "हल्दी पाउडर निर्यात गुणवत्ता",
            price=("2.20", "2.40"),
            moq="300",
            attributes={"form": "Powder"},
            published_at=now - timedelta(days=2),
        ),
        "mug": _product(
            jaipur,
            mugs,
            "Turmeric yellow ceramic mug",
            price=("3.50", "4.00"),
            moq="100",
            published_at=now - timedelta(days=1),
        ),
        "vase": _product(
            jaipur,
            mugs,
            "Blue pottery vase",
            price=("12", "15"),
            moq="50",
            published_at=now - timedelta(days=60),
        ),
        "draft": _product(
            erode, spices, "Secret turmeric draft", moq="10", status=Product.Status.DRAFT
        ),
    }
    reindex()
    for company in (malabar, erode, jaipur):
        company.refresh_from_db()
    return World(tree, plans, malabar, erode, jaipur, products, fssai)


@pytest.fixture
def no_trigram(settings):
    """Typo tolerance without pg_trgm, even on a server that has it."""
    from search.engines.postgres import features, fuzzy
    from search.engines.postgres.engine import plans as text_plans

    settings.SEARCH_PG_EXTENSIONS = False
    features.reset()
    fuzzy.forget_vocabulary()
    text_plans.clear()
    yield
    features.reset()
    fuzzy.forget_vocabulary()
    text_plans.clear()


def forget_process_state() -> None:
    from search import cache, lookups
    from search.engines.postgres import engine, features, fuzzy

    cache.forget_local()
    lookups.forget()
    fuzzy.forget_vocabulary()
    engine.plans.clear()
    engine.forget_supplier_names()
    features.reset()


@pytest.fixture(autouse=True)
def _fresh_search_state():
    """Per-process caches (reference tables, vocabulary, query plans) start empty."""
    forget_process_state()
    yield
    forget_process_state()
