"""GET /api/v1/search/products, /search/suppliers, /search/autocomplete and /compare."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone


def test_product_search_shape(world, api_client):
    response = api_client.get("/api/v1/search/products", {"q": "turmeric powder", "page_size": 2})
    assert response.status_code == 200
    data = response.json()
    # four have both words; too few, so those with one of them follow (and the totals say so)
    assert data["relaxed"] and data["total"] == 6 and data["num_pages"] == 3
    assert data["engine"] == "postgres"
    first = data["results"][0]
    assert first["title"] == "Organic turmeric powder"
    assert first["supplier"] == {
        "id": world.malabar.pk,
        "slug": world.malabar.slug,
        "name": "Malabar Pepper Traders",
        "is_verified": True,
        "state_code": "32",
        "country": "IN",
    }
    assert first["price_min"] == "180.00" and first["currency"] == "INR"
    assert first["rating"] == "4.60" and first["rating_count"] == 12
    assert first["url"] == f"/products/{first['slug']}/"
    names = [f["name"] for f in data["facets"]]
    assert names == [
        "category",
        "price",
        "moq",
        "verified",
        "rating",
        "cert",
        "country",
        "state",
        "tier",
        "terms",
    ]
    tier = next(f for f in data["facets"] if f["name"] == "tier")
    assert {v["value"]: v["label"] for v in tier["values"]} == {
        "premium": "Premium",
        "growth": "Growth",
        "free": "Free",
    }


def test_filters_are_reflected_as_selected_facets(world, api_client):
    data = api_client.get(
        "/api/v1/search/products", {"q": "turmeric", "state": "33,32", "cert": "fssai"}
    ).json()
    assert [r["title"] for r in data["results"]] == ["Organic turmeric powder"]
    states = next(f for f in data["facets"] if f["name"] == "state")
    assert states["multiple"] and states["values"] == [
        {"value": "32", "label": "Kerala", "count": 1, "selected": True}
    ]


def test_supplier_search(world, api_client):
    data = api_client.get("/api/v1/search/suppliers", {"q": "turmeric", "sort": "rating"}).json()
    assert [r["name"] for r in data["results"]] == [
        "Malabar Pepper Traders",
        "Erode Turmeric Exports",
        "Jaipur Blue Pottery Co",
    ]
    erode = data["results"][1]
    assert erode["product_count"] == 4 and erode["export_markets"] == ["GB"]
    assert erode["payment_terms"] == ["advance"] and erode["is_verified"] is False


def test_autocomplete(world, api_client):
    data = api_client.get("/api/v1/search/autocomplete", {"q": "turm"}).json()
    assert {"text": "turmeric", "kind": "term", "url": "/search/?q=turmeric"} in data
    assert {"text": "Turmeric", "kind": "category", "url": "/categories/t-turmeric/"} in data
    suppliers = api_client.get("/api/v1/search/autocomplete", {"q": "malab"}).json()
    assert {
        "text": "Malabar Pepper Traders",
        "kind": "supplier",
        "url": f"/suppliers/{world.malabar.slug}/",
    } in suppliers


def test_compare_suppliers(world, api_client):
    from marketplace.leads.models import Lead

    _leads(world)
    slugs = f"{world.malabar.slug},{world.erode.slug}"
    response = api_client.get("/api/v1/compare", {"suppliers": slugs})
    assert response.status_code == 200
    data = response.json()
    assert [i["name"] for i in data["items"]] == [
        "Malabar Pepper Traders",
        "Erode Turmeric Exports",
    ]
    rows = {r["key"]: r for r in data["rows"]}
    assert rows["verified"]["values"] == ["Yes", "No"] and rows["verified"]["differs"]
    assert "FSSAI licence (valid until" in rows["certifications"]["values"][0]
    assert rows["certifications"]["values"][1] == "—"
    assert rows["rating"]["values"] == ["4.6 / 5 (12 reviews)", "3.2 / 5 (4 reviews)"]
    assert rows["export_markets"]["values"] == [
        "Germany, United Arab Emirates, United States of America",
        "United Kingdom",
    ]
    assert rows["payment_terms"]["values"][0] == "Letter of credit (LC), Telegraphic transfer (TT)"
    assert rows["response_rate"]["values"] == ["50% of 2 leads", "No leads yet"]
    assert rows["response_time"]["values"][0] == "about 3 hours"
    assert Lead.objects.count() == 2


def test_compare_products_with_attributes(world, api_client):
    ids = f"{world.products['malabar_turmeric'].pk},{world.products['erode_powder'].pk}"
    data = api_client.get("/api/v1/compare", {"products": ids}).json()
    rows = {r["key"]: r for r in data["rows"]}
    assert rows["price"]["values"] == ["₹180.00–₹200.00 / kg", "$2.50–$2.90 / kg"]
    assert rows["attr:form"]["values"] == ["Powder", "Powder"] and not rows["attr:form"]["differs"]
    assert rows["attr:organic"]["values"] == ["Yes", "No"] and rows["attr:organic"]["differs"]
    assert rows["attr:curcumin"]["values"] == ["5 %", "—"]


def test_compare_refuses_too_few_or_too_many(world, api_client):
    one = api_client.get("/api/v1/compare", {"suppliers": world.malabar.slug})
    assert one.status_code == 400
    unknown = api_client.get("/api/v1/compare", {"suppliers": f"{world.malabar.slug},nobody"})
    assert unknown.status_code == 400 and "nobody" in str(unknown.json())
    many = api_client.get("/api/v1/compare", {"products": "1,2,3,4,5"})
    assert many.status_code == 400
    assert api_client.get("/api/v1/compare").status_code == 400


def test_openapi_documents_the_endpoints_and_their_parameters(world, api_client):
    schema = api_client.get("/api/schema/", {"format": "json"}).json()
    paths = schema["paths"]
    for path in (
        "/api/v1/search/products",
        "/api/v1/search/suppliers",
        "/api/v1/search/autocomplete",
        "/api/v1/compare",
    ):
        assert "get" in paths[path], path
    names = {p["name"] for p in paths["/api/v1/search/products"]["get"]["parameters"]}
    assert {
        "q",
        "category",
        "cert",
        "country",
        "state",
        "verified",
        "rating",
        "tier",
        "terms",
        "price_min",
        "price_max",
        "price",
        "moq",
        "sort",
        "page",
        "page_size",
    } <= names
    assert {"suppliers", "products"} <= {
        p["name"] for p in paths["/api/v1/compare"]["get"]["parameters"]
    }
    assert "ProductSearchOutput" in str(paths["/api/v1/search/products"]["get"]["responses"]["200"])


def _leads(world):
    """Two leads for Malabar: one opened after three hours, one never."""
    from marketplace.leads.models import RFQ, Lead
    from tests.factories import UserFactory

    buyer = UserFactory()
    now = timezone.now()
    for n, viewed in enumerate([now - timedelta(hours=2), None]):
        rfq = RFQ.objects.create(
            buyer=buyer,
            title=f"Pepper {n}",
            category=world.tree["pepper"],
            quantity=1000,
            unit="kg",
            destination_country="DE",
        )
        Lead.objects.create(
            rfq=rfq,
            company=world.malabar,
            created_at=now - timedelta(hours=5),
            expires_at=now + timedelta(days=5),
            viewed_at=viewed,
        )
