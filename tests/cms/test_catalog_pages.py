"""The CMS and the catalogue together: featured blocks on the home page, category landing pages
with the live listing, and sitemap sections for categories, products and suppliers."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from cms.models import CategoryLandingPage
from marketplace.catalog.models import Featured, Product
from marketplace.companies.services import company_block
from tests.catalog.factories import published
from tests.companies.factories import seller_company

pytestmark = pytest.mark.django_db


@pytest.fixture
def listing(tree, plans):
    company = seller_company(name="Cochin Pepper Co")
    products = published(company, tree["pepper"], 2)
    return company, products


def test_featured_products_and_suppliers_show_on_the_home_page(client, home_page, listing):
    company, products = listing
    home_page.body = [
        ("featured_listings", {"heading": "Featured products", "kind": "products", "count": 4}),
        ("featured_listings", {"heading": "Featured suppliers", "kind": "suppliers", "count": 4}),
    ]
    home_page.save_revision().publish()
    now = timezone.now()
    Featured.objects.create(
        product=products[0], placement="home", starts_at=now, ends_at=now + timedelta(days=9)
    )
    Featured.objects.create(
        company=company, placement="home", starts_at=now, ends_at=now + timedelta(days=9)
    )
    Featured.objects.create(
        product=products[1],
        placement="home",
        starts_at=now - timedelta(days=9),
        ends_at=now - timedelta(days=1),
    )
    html = client.get("/").content.decode()
    assert products[0].title in html and "Cochin Pepper Co" in html
    assert products[1].title not in html  # its period is over


def test_category_landing_page_lists_the_live_catalogue(client, home_page, tree, listing):
    _company, products = listing
    page = CategoryLandingPage(
        title="Indian black pepper",
        slug="black-pepper-from-india",
        category=tree["spices"],
        intro="Malabar and Tellicherry grades.",
    )
    home_page.add_child(instance=page)
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert "Malabar and Tellicherry grades." in html
    assert all(p.title in html for p in products)
    assert "Cochin Pepper Co" in html


def test_sitemap_has_catalogue_sections_with_alternates_and_hides_what_is_not_public(
    client, home_page, tree, listing, reviewer
):
    company, products = listing
    draft = Product.objects.create(
        company=company, category=tree["pepper"], title="Draft", slug="draft-x", moq=1
    )
    everything = client.get("/sitemap.xml").content.decode()
    assert (
        f"/products/{products[0].slug}/" in everything
        and f"/suppliers/{company.slug}/" in everything
    )
    xml = client.get("/sitemap-products.xml").content.decode()
    assert f"/products/{products[0].slug}/" in xml
    assert f"/es/products/{products[0].slug}/" in xml and 'hreflang="x-default"' in xml
    assert draft.slug not in xml
    assert f"/suppliers/{company.slug}/" in client.get("/sitemap-suppliers.xml").content.decode()
    company_block(company=company, reason="fraud", actor=reviewer)
    assert company.slug not in client.get("/sitemap-suppliers.xml").content.decode()
    assert products[0].slug not in client.get("/sitemap-products.xml").content.decode()
