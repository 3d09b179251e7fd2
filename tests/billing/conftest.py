from __future__ import annotations

import pytest

from .factories import owner_of, seller_company


def pytest_collection_modifyitems(items):
    """Transactional tests (real concurrent connections, a real Celery worker) end by flushing
    every table, which also removes what migrations created (Wagtail's root page, collections,
    groups). Run ours after all the others, next to the browser tests that do the same."""

    def flushes(item) -> bool:
        marker = item.get_closest_marker("django_db")
        return "/billing/" in str(item.fspath) and bool(marker and marker.kwargs.get("transaction"))

    last = [item for item in items if flushes(item)]
    if last:
        items[:] = [item for item in items if not flushes(item)] + last


@pytest.fixture(autouse=True)
def _billing_settings(settings):
    settings.BILLING_PROVIDERS = ["razorpay", "stripe", "paypal", "local"]
    settings.BILLING_LOCAL_WEBHOOK_SECRET = "local-test-secret"
    settings.RAZORPAY_KEY_ID = "rzp_test_key"
    settings.RAZORPAY_KEY_SECRET = "rzp_test_secret"
    settings.RAZORPAY_WEBHOOK_SECRET = "rzp_webhook_secret"
    settings.STRIPE_SECRET_KEY = "sk_test_123"
    settings.STRIPE_WEBHOOK_SECRET = "whsec_test_123"
    settings.PAYPAL_CLIENT_ID = "paypal-client"
    settings.PAYPAL_CLIENT_SECRET = "paypal-secret"
    settings.PAYPAL_WEBHOOK_ID = "WH-TEST"
    settings.BILLING_SUPPLIER_STATE_CODE = "29"
    settings.BILLING_SUPPLIER_GSTIN = "29AAGCT1234M1Z2"
    settings.SITE_URL = "http://testserver"


@pytest.fixture(autouse=True)
def _eager(eager_celery):
    """Tasks queued on commit run in the test's thread (a real worker has its own test)."""


@pytest.fixture
def company(db):
    """A GST-registered seller in Maharashtra (27): another state than TradeSetu's (29)."""
    return seller_company(state="27", gstin="27AABCE1234F1Z5")


@pytest.fixture
def owner(company):
    return owner_of(company)


@pytest.fixture
def owner_client(client, owner):
    client.force_login(owner)
    return client


@pytest.fixture
def owner_api(api_client, owner):
    api_client.force_authenticate(owner)
    return api_client


@pytest.fixture
def local_delivery(client, monkeypatch, django_capture_on_commit_callbacks):
    """The local provider's webhooks reach our endpoint through the test client."""

    def deliver(url, data, headers, timeout):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(
                url.replace("http://testserver", ""),
                data=data,
                content_type="application/json",
                HTTP_X_LOCAL_SIGNATURE=headers["X-Local-Signature"],
            )

    monkeypatch.setattr("billing.tasks.requests.post", deliver)
