"""The catalog in the Wagtail admin: categories with their schema, featured listings, and
products that staff can suspend with a reason."""

from __future__ import annotations

import pytest

from marketplace.audit.models import AuditEvent
from marketplace.catalog.models import Product
from tests.conftest import admin_login
from tests.factories import UserFactory

from .factories import published

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin(client, home_page):
    return admin_login(client, UserFactory(is_staff=True, is_superuser=True, is_buyer=False))


def test_categories_featured_and_products_are_listed(admin, tree, company):
    published(company, tree["pepper"], 1)
    for url in (
        "/admin/snippets/catalog/category/",
        f"/admin/snippets/catalog/category/edit/{tree['pepper'].pk}/",
        "/admin/snippets/catalog/featured/",
        "/admin/snippets/catalog/product/",
    ):
        assert admin.get(url).status_code == 200, url


def test_staff_suspend_a_product_with_a_reason(admin, tree, company):
    product = published(company, tree["pepper"], 1)[0]
    url = f"/admin/catalog/products/{product.pk}/suspend/"
    assert admin.get(url).status_code == 200
    assert admin.post(url, {"reason": ""}).status_code == 400
    response = admin.post(url, {"reason": "Counterfeit certification mark"})
    assert response.status_code == 302
    product.refresh_from_db()
    assert product.status == Product.Status.SUSPENDED
    assert AuditEvent.objects.filter(action="product.suspend", entity_id=str(product.pk)).exists()


def test_sellers_cannot_suspend(client, tree, company, owner):
    product = published(company, tree["pepper"], 1)[0]
    admin_login(client, owner)
    assert client.post(
        f"/admin/catalog/products/{product.pk}/suspend/", {"reason": "x"}
    ).status_code in (302, 403)
    product.refresh_from_db()
    assert product.status == Product.Status.PUBLISHED
