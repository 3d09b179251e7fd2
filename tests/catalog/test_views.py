"""Public catalog pages and the products API: what is visible, filters that never 500, JSON-LD,
and sellers confined to their own products."""

from __future__ import annotations

import json
import re
from decimal import Decimal

import pytest

from marketplace.catalog.models import Product
from marketplace.companies.services import company_block
from tests.companies.factories import seller_company

from .factories import product_data, published

pytestmark = pytest.mark.django_db


def jsonld(html: str) -> list[dict]:
    return [
        json.loads(m)
        for m in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    ]


@pytest.fixture
def listing(company, tree):
    products = published(company, tree["pepper"], 3)
    Product.objects.filter(pk=products[0].pk).update(
        price_min=Decimal("4"), price_max=Decimal("6"), currency="USD"
    )
    draft = Product.objects.create(
        company=company, category=tree["pepper"], title="Hidden draft", slug="hidden-draft", moq=1
    )
    return {"products": products, "draft": draft}


class TestPublicPages:
    def test_category_page_lists_published_products_of_its_subtree(self, client, tree, listing):
        response = client.get(f"/categories/{tree['spices'].slug}/")
        html = response.content.decode()
        assert response.status_code == 200
        assert "Pepper lot 0" in html and "Hidden draft" not in html
        crumbs = next(d for d in jsonld(html) if d["@type"] == "BreadcrumbList")
        assert crumbs["itemListElement"][-1]["name"] == "Spices"

    @pytest.mark.parametrize(
        "query",
        [
            "?page=10000",
            "?price_min=abc&price_max=-5",
            "?price_min=9&price_max=1",
            "?a_form=<script>",
            "?state=ZZ",
            "?page=-1",
        ],
    )
    def test_odd_filters_never_500(self, client, tree, listing, query):
        assert client.get(f"/categories/{tree['pepper'].slug}/{query}").status_code == 200

    def test_filters_narrow_the_listing(self, client, tree, listing, company):
        other = seller_company()
        Product.objects.create(
            company=other,
            category=tree["pepper"],
            title="Powder from elsewhere",
            slug="powder-x",
            moq=5,
            status="published",
            attributes={"form": "Powder", "moisture": 9},
        )
        html = client.get(f"/categories/{tree['pepper'].slug}/?a_form=Powder").content.decode()
        assert "Powder from elsewhere" in html and "Pepper lot 1" not in html
        html = client.get(
            f"/categories/{tree['pepper'].slug}/?price_min=3&price_max=5"
        ).content.decode()
        assert "Pepper lot 0" in html

    def test_product_page_has_valid_product_json_ld(self, client, listing):
        product = listing["products"][0]
        response = client.get(f"/products/{product.slug}/")
        assert response.status_code == 200
        documents = jsonld(response.content.decode())
        data = next(d for d in documents if d["@type"] == "Product")
        assert data["name"] == product.title
        assert data["offers"]["@type"] == "AggregateOffer"
        assert (data["offers"]["lowPrice"], data["offers"]["highPrice"]) == ("4.00", "6.00")
        assert data["offers"]["priceCurrency"] == "USD"
        assert data["offers"]["eligibleQuantity"]["minValue"] == "100.00"
        assert {d["@type"] for d in documents} >= {"Organization", "BreadcrumbList", "Product"}

    def test_routine_edits_reach_cached_pages_within_the_window_and_suspensions_at_once(
        self, client, listing, settings, django_capture_on_commit_callbacks
    ):
        """A seller's edit is shown to anonymous visitors once the coalescing window has passed
        (the cache is not emptied on every edit); a suspension empties it at once."""
        import time

        from django.core.cache import cache

        from tradesetu.pagecache import DIRTY_KEY

        settings.CMS_PAGE_CACHE_COALESCE = 30
        product = listing["products"][0]
        url = f"/products/{product.slug}/"
        client.get(url)
        assert client.get(url)["X-Page-Cache"] == "hit"
        with django_capture_on_commit_callbacks(execute=True):
            product.title = "Renamed pepper lot"
            product.save()
        assert "Renamed pepper lot" not in client.get(url).content.decode()  # within the window
        cache.set(DIRTY_KEY, time.time() - 31, timeout=None)  # the window has passed
        assert "Renamed pepper lot" in client.get(url).content.decode()
        assert client.get(url)["X-Page-Cache"] == "hit"
        with django_capture_on_commit_callbacks(execute=True):
            product.status = Product.Status.SUSPENDED
            product.save()
        assert client.get(url).status_code == 404

    def test_drafts_and_blocked_suppliers_are_not_public(self, client, listing, company, reviewer):
        assert client.get(f"/products/{listing['draft'].slug}/").status_code == 404
        company_block(company=company, reason="fraud", actor=reviewer)
        assert client.get(f"/products/{listing['products'][1].slug}/").status_code == 404
        assert company.name not in client.get("/suppliers/").content.decode()

    def test_supplier_directory_by_letter_and_bad_letter(self, client, company, listing):
        letter = company.name[0]
        assert company.name in client.get(f"/suppliers/?letter={letter}").content.decode()
        assert client.get("/suppliers/?letter=%3Cscript%3E&state=XX").status_code == 200

    def test_supplier_page_shows_products_and_organization(self, client, company, listing):
        html = client.get(f"/suppliers/{company.slug}/").content.decode()
        assert "Pepper lot 0" in html
        organization = [
            d for d in jsonld(html) if d["@type"] == "Organization" and d["name"] == company.name
        ]
        assert organization and organization[0]["address"]["addressCountry"] == "IN"


class TestSellerDashboard:
    def test_another_sellers_product_is_not_found(self, client, company, tree, listing):
        stranger = seller_company().members.get().user
        client.force_login(stranger)
        product = listing["products"][0]
        assert client.get(f"/dashboard/seller/products/{product.pk}/edit/").status_code == 404
        assert client.post(f"/dashboard/seller/products/{product.pk}/delete/").status_code == 404
        assert Product.objects.filter(pk=product.pk).exists()

    def test_create_form_shows_schema_fields_and_field_errors(self, client, owner, tree):
        client.force_login(owner)
        page = client.get(f"/dashboard/seller/products/new/?category={tree['pepper'].pk}")
        assert 'name="attr_moisture"' in page.content.decode()
        response = client.post(
            f"/dashboard/seller/products/new/?category={tree['pepper'].pk}",
            {
                "title": "Pepper",
                "currency": "USD",
                "price_unit": "kg",
                "moq": "0",
                "moq_unit": "kg",
                "attr_form": "Whole",
            },
        )
        assert response.status_code == 400
        form = response.context["form"]
        assert form.errors.get("moq") or form.errors.get("attr_moisture")

    def test_eleventh_product_is_refused_with_the_plan_named(self, client, owner, company, tree):
        published(company, tree["pepper"], 10)
        client.force_login(owner)
        response = client.post(
            f"/dashboard/seller/products/new/?category={tree['pepper'].pk}",
            {
                "title": "Pepper 11",
                "currency": "USD",
                "price_unit": "kg",
                "moq": "10",
                "moq_unit": "kg",
                "attr_form": "Whole",
                "attr_moisture": "11",
            },
        )
        assert response.status_code == 400
        assert "Free plan allows 10 products" in response.content.decode()


class TestApi:
    def test_create_update_delete_own_product(self, api_client, owner, tree):
        api_client.force_authenticate(owner)
        data = product_data(tree["pepper"])
        data["category"] = tree["pepper"].pk
        data["publish"] = True
        response = api_client.post("/api/v1/products", data, format="json")
        assert response.status_code == 201, response.content
        product_id = response.json()["id"]
        assert response.json()["status"] == "published"
        response = api_client.put(
            f"/api/v1/products/{product_id}", {"title": "Pepper 600 GL"}, format="json"
        )
        assert response.status_code == 200 and response.json()["title"] == "Pepper 600 GL"
        assert api_client.delete(f"/api/v1/products/{product_id}").status_code == 204

    def test_schema_violations_come_back_as_field_errors(self, api_client, owner, tree):
        api_client.force_authenticate(owner)
        data = product_data(tree["pepper"], attributes={"form": "Liquid"})
        data["category"] = tree["pepper"].pk
        response = api_client.post("/api/v1/products", data, format="json")
        assert response.status_code == 400
        fields = response.json()["error"]["fields"]
        assert "attributes.form" in fields and "attributes.moisture" in fields

    def test_other_seller_and_buyer_cannot_touch_it(self, api_client, listing, buyer):
        product = listing["products"][0]
        stranger = seller_company().members.get().user
        api_client.force_authenticate(stranger)
        assert (
            api_client.put(
                f"/api/v1/products/{product.pk}", {"title": "x"}, format="json"
            ).status_code
            == 404
        )
        assert api_client.delete(f"/api/v1/products/{product.pk}").status_code == 404
        api_client.force_authenticate(buyer)
        response = api_client.post("/api/v1/products", {"title": "x"}, format="json")
        assert response.status_code == 403

    def test_public_list_filters_and_bad_filters(self, api_client, listing, tree):
        rows = api_client.get("/api/v1/products", {"category": tree["spices"].slug}).json()[
            "results"
        ]
        assert {r["title"] for r in rows} == {"Pepper lot 0", "Pepper lot 1", "Pepper lot 2"}
        assert api_client.get("/api/v1/products", {"category": "nope"}).status_code == 400
        assert (
            api_client.get("/api/v1/products", {"price_min": "9", "price_max": "1"}).status_code
            == 400
        )

    def test_bulk_import_returns_a_job_and_status_url(
        self, api_client, owner, tree, clamd, django_capture_on_commit_callbacks
    ):
        from django.core.files.uploadedfile import SimpleUploadedFile

        from tradesetu.celery import app as celery_app

        celery_app.conf.task_always_eager = True
        try:
            api_client.force_authenticate(owner)
            upload = SimpleUploadedFile(
                "p.csv",
                b"sku,title,moq,attr:form,attr:moisture\nA1,Pepper,10,Whole,11\n",
                content_type="text/csv",
            )
            with django_capture_on_commit_callbacks(execute=True):
                response = api_client.post(
                    "/api/v1/products/bulk-import",
                    {"category": tree["pepper"].pk, "file": upload},
                    format="multipart",
                )
        finally:
            celery_app.conf.task_always_eager = False
        assert response.status_code == 202, response.content
        status_url = response.json()["status_url"]
        status = api_client.get(status_url).json()
        assert status["status"] == "done" and status["created"] == 1
