"""A seller adds a product with specifications and a photo, bulk-imports a CSV with bad rows and
reads the report (a real Celery worker runs the import), and the public product page carries
valid Product JSON-LD; a free seller at the limit is refused the eleventh product."""

from __future__ import annotations

import io
import json
import re

import pytest
from PIL import Image

from marketplace.catalog.models import Product
from tests.billing.factories import make_plans
from tests.catalog.factories import published, spice_tree
from tests.companies.factories import seller_company
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db(transaction=True)


def png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (640, 480), (90, 60, 30)).save(buffer, "PNG")
    return buffer.getvalue()


def login(page, email):
    page.goto("/accounts/login/")
    page.get_by_label(re.compile(r"^E-mail")).fill(email)
    page.get_by_label(re.compile(r"^Password")).fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(re.compile(r"/dashboard/"))


def test_product_import_and_public_page(page, clamd, celery_worker):
    make_plans()
    tree = spice_tree()
    company = seller_company(name="Malabar Pepper Traders")
    owner = company.members.get().user
    login(page, owner.email)

    # --- one product by hand, with specifications and a photo
    page.goto(f"/dashboard/seller/products/new/?category={tree['pepper'].pk}")
    page.get_by_label(re.compile(r"^Title")).fill("Tellicherry Extra Bold black pepper")
    page.get_by_label(re.compile(r"^Description")).fill(
        "<p>TGSEB 4.75 mm, <strong>steam sterilised</strong>.</p><script>alert(1)</script>"
    )
    page.get_by_label(re.compile(r"^Price from")).fill("6.40")
    page.get_by_label(re.compile(r"^Price to")).fill("7.10")
    page.get_by_label(re.compile(r"^Currency")).select_option("USD")
    page.get_by_label(re.compile(r"^Minimum order quantity")).fill("1000")
    page.get_by_label(re.compile(r"^Form")).select_option("Whole")
    page.get_by_label(re.compile(r"^Moisture")).fill("11")
    page.get_by_label("FOB").check()
    page.get_by_role("button", name="Save and publish").click()
    page.get_by_text("Product saved.").wait_for()
    page.get_by_label(re.compile(r"^Photo")).set_input_files(
        {"name": "pepper.png", "mimeType": "image/png", "buffer": png()}
    )
    page.get_by_label(re.compile(r"^Describe the photo")).fill(
        "Tellicherry pepper berries in a jute bag"
    )
    page.get_by_role("button", name="Upload").click()
    page.get_by_text("Photo added.").wait_for()

    # --- bulk import with two good rows and two bad ones
    csv_text = (
        "sku,title,price_min,price_max,currency,moq,moq_unit,attr:form,attr:moisture\n"
        "IMP-1,Black pepper 550 GL,4,5,USD,500,kg,Whole,12\n"
        "IMP-2,Black pepper powder,5,4,USD,200,kg,Powder,10\n"
        "IMP-3,White pepper,5,6,USD,0,kg,Whole,11\n"
        "IMP-4,Black pepper 500 GL,3.5,4.5,USD,500,kg,Whole,12\n"
    )
    page.goto("/dashboard/seller/import/")
    page.get_by_label(re.compile(r"^Category of the products")).select_option(
        str(tree["pepper"].pk)
    )
    page.get_by_label(re.compile(r"^CSV or Excel")).set_input_files(
        {"name": "pepper.csv", "mimeType": "text/csv", "buffer": csv_text.encode()}
    )
    page.get_by_role("button", name="Upload and import").click()
    page.get_by_test_id("import-status").filter(has_text="Done").wait_for(timeout=30_000)
    report = page.get_by_test_id("rejected-rows")
    assert report.locator("tbody tr").count() == 2
    assert "price_max" in report.inner_text() and "moq" in report.inner_text()
    assert set(Product.objects.filter(sku__startswith="IMP").values_list("sku", flat=True)) == {
        "IMP-1",
        "IMP-4",
    }

    # --- the public page and its JSON-LD
    product = Product.objects.get(title="Tellicherry Extra Bold black pepper")
    page.goto(f"/products/{product.slug}/")
    page.get_by_role("heading", name="Tellicherry Extra Bold black pepper").wait_for()
    assert page.get_by_role("img", name="Tellicherry pepper berries in a jute bag").count() >= 1
    assert "<script>alert" not in page.content()
    documents = [
        json.loads(s) for s in page.locator('script[type="application/ld+json"]').all_inner_texts()
    ]
    data = next(d for d in documents if d["@type"] == "Product")
    assert data["name"] == product.title
    assert data["offers"]["@type"] == "AggregateOffer"
    assert data["offers"]["lowPrice"] == "6.40" and data["offers"]["highPrice"] == "7.10"
    assert data["offers"]["priceCurrency"] == "USD"
    assert data["image"] and data["brand"]["name"] == "Malabar Pepper Traders"
    assert any(d["@type"] == "BreadcrumbList" for d in documents)


def test_free_seller_at_the_limit_is_refused_the_eleventh_product(page):
    make_plans()
    tree = spice_tree()
    company = seller_company()
    published(company, tree["pepper"], 10)
    login(page, company.members.get().user.email)
    page.goto(f"/dashboard/seller/products/new/?category={tree['pepper'].pk}")
    page.get_by_label(re.compile(r"^Title")).fill("One too many")
    page.get_by_label(re.compile(r"^Minimum order quantity")).fill("10")
    page.get_by_label(re.compile(r"^Form")).select_option("Whole")
    page.get_by_label(re.compile(r"^Moisture")).fill("11")
    page.get_by_role("button", name="Save as draft").click()
    page.get_by_text("Your Free plan allows 10 products").wait_for()
    assert Product.objects.filter(company=company).count() == 10
