"""Product rules: specifications follow the category schema, prices and MOQ make sense, HTML is
sanitised, plan limits hold, and sellers only touch their own products."""

from __future__ import annotations

from decimal import Decimal
from io import BytesIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from billing.entitlements import EntitlementDenied
from marketplace.catalog import services
from marketplace.catalog.models import Product
from tests.companies.factories import seller_company
from tradesetu.errors import Conflict, PermissionDenied, ValidationFailed

from .factories import product_data, published

pytestmark = pytest.mark.django_db


class TestAttributes:
    def test_values_are_coerced_to_their_types(self, tree):
        clean = services.attributes_validate(
            tree["pepper"],
            {"form": "whole", "moisture": "11.5", "organic": "Yes", "grade": " 550 GL "},
        )
        assert clean == {"form": "Whole", "moisture": 11.5, "organic": True, "grade": "550 GL"}

    def test_inherited_required_attribute_and_unknown_keys_are_reported_per_field(self, tree):
        with pytest.raises(ValidationFailed) as exc:
            services.attributes_validate(tree["pepper"], {"moisture": "wet", "colour": "black"})
        assert set(exc.value.fields) == {
            "attributes.form",
            "attributes.moisture",
            "attributes.colour",
        }

    def test_choice_outside_the_allowed_values(self, tree):
        with pytest.raises(ValidationFailed) as exc:
            services.attributes_validate(tree["pepper"], {"form": "Liquid", "moisture": 10})
        assert "Whole" in exc.value.fields["attributes.form"][0]


class TestProductCreate:
    def test_creates_a_draft_with_clean_specs_and_audit(self, company, owner, tree):
        product = services.product_create(
            company=company, actor=owner, data=product_data(tree["pepper"])
        )
        assert product.status == Product.Status.DRAFT
        assert product.attributes["moisture"] == 11.5
        assert product.slug.startswith("malabar-black-pepper")

    @pytest.mark.parametrize(
        ("overrides", "field"),
        [
            ({"price_min": Decimal("-1")}, "price_min"),
            ({"price_min": Decimal("9"), "price_max": Decimal("5")}, "price_max"),
            ({"moq": Decimal("0")}, "moq"),
            ({"currency": "XYZ"}, "currency"),
            ({"hs_code": "12ab"}, "hs_code"),
            ({"incoterms": ["FOB", "XXX"]}, "incoterms"),
            ({"attributes": {"form": "Whole"}}, "attributes.moisture"),
            ({"title": ""}, "title"),
        ],
    )
    def test_bad_input_is_refused_and_nothing_is_written(
        self, company, owner, tree, overrides, field
    ):
        with pytest.raises(ValidationFailed) as exc:
            services.product_create(
                company=company, actor=owner, data=product_data(tree["pepper"], **overrides)
            )
        assert field in exc.value.fields
        assert not Product.objects.exists()

    def test_a_parent_category_is_refused(self, company, owner, tree):
        with pytest.raises(ValidationFailed) as exc:
            services.product_create(company=company, actor=owner, data=product_data(tree["spices"]))
        assert "category" in exc.value.fields

    def test_scripts_in_the_description_are_removed(self, company, owner, tree):
        html = '<p onclick="steal()">Bold <strong>pepper</strong></p><script>alert(1)</script><a href="javascript:x">x</a>'
        product = services.product_create(
            company=company, actor=owner, data=product_data(tree["pepper"], description=html)
        )
        assert "<script" not in product.description
        assert "onclick" not in product.description
        assert "javascript:" not in product.description
        assert "<strong>pepper</strong>" in product.description

    def test_duplicate_sku_is_refused(self, company, owner, tree):
        services.product_create(
            company=company, actor=owner, data=product_data(tree["pepper"], sku="BP-1")
        )
        with pytest.raises(ValidationFailed) as exc:
            services.product_create(
                company=company, actor=owner, data=product_data(tree["pepper"], sku="BP-1")
            )
        assert "sku" in exc.value.fields

    def test_free_plan_refuses_the_eleventh_product_naming_the_plan(self, company, owner, tree):
        published(company, tree["pepper"], 10)
        with pytest.raises(EntitlementDenied) as exc:
            services.product_create(company=company, actor=owner, data=product_data(tree["pepper"]))
        assert "Free" in exc.value.message and "10" in exc.value.message
        assert exc.value.status == 403
        assert Product.objects.count() == 10

    def test_another_sellers_certification_cannot_be_attached(self, company, owner, tree):
        other = seller_company()
        from marketplace.companies.models import Certification, CertificationType
        from tests.companies.factories import stored_pdf

        cert = Certification.objects.create(
            company=other,
            cert_type=CertificationType.objects.create(code="iso", name="ISO"),
            number="1",
            issuer="x",
            valid_from="2024-01-01",
        )
        cert.files.add(stored_pdf(owner))
        with pytest.raises(ValidationFailed) as exc:
            services.product_create(
                company=company,
                actor=owner,
                data=product_data(tree["pepper"], certifications=[cert]),
            )
        assert "certifications" in exc.value.fields

    def test_another_seller_cannot_create_for_this_company(self, company, tree):
        stranger = seller_company().members.get().user
        with pytest.raises(PermissionDenied):
            services.product_create(
                company=company, actor=stranger, data=product_data(tree["pepper"])
            )


class TestLifecycle:
    def test_publish_unpublish_duplicate_delete(self, company, owner, tree):
        product = services.product_create(
            company=company, actor=owner, data=product_data(tree["pepper"], sku="A1")
        )
        services.product_publish(product=product, actor=owner)
        product.refresh_from_db()
        assert product.status == Product.Status.PUBLISHED and product.published_at
        copy = services.product_duplicate(product=product, actor=owner)
        assert copy.status == Product.Status.DRAFT and copy.sku == "" and copy.pk != product.pk
        services.product_unpublish(product=product, actor=owner)
        product.refresh_from_db()
        assert product.status == Product.Status.DRAFT
        services.product_delete(product=copy, actor=owner)
        assert not Product.objects.filter(pk=copy.pk).exists()

    def test_suspended_products_cannot_be_edited_or_republished(self, company, owner, tree):
        product = services.product_create(
            company=company, actor=owner, data=product_data(tree["pepper"])
        )
        Product.objects.filter(pk=product.pk).update(status=Product.Status.SUSPENDED)
        product.refresh_from_db()
        with pytest.raises(Conflict):
            services.product_update(product=product, actor=owner, data={"title": "New"})
        with pytest.raises(Conflict):
            services.product_publish(product=product, actor=owner)

    def test_downgrade_unpublishes_newest_excess_products_and_keeps_them(
        self, company, tree, plans
    ):
        products = published(company, tree["pepper"], 12)
        unpublished = services.products_enforce_limit(company, plans["free"])
        assert unpublished == 2
        assert Product.objects.filter(company=company, status="published").count() == 10
        assert Product.objects.filter(company=company).count() == 12
        assert {p.pk for p in products} == set(Product.objects.values_list("pk", flat=True))


def _image_bytes(fmt="PNG", size=(64, 48)) -> bytes:
    buffer = BytesIO()
    Image.new("RGB", size, (200, 120, 40)).save(buffer, fmt)
    return buffer.getvalue()


class TestImages:
    def test_real_image_with_alt_text(self, company, owner, tree):
        product = services.product_create(
            company=company, actor=owner, data=product_data(tree["pepper"])
        )
        upload = SimpleUploadedFile("p.png", _image_bytes(), content_type="image/png")
        image = services.product_image_add(
            product=product, actor=owner, upload=upload, alt_text="Whole pepper"
        )
        assert image.alt_text == "Whole pepper"
        assert image.image.width == 64

    @pytest.mark.parametrize(
        ("content", "alt", "field"),
        [
            (b"%PDF-1.4 not an image", "x", "image"),
            (b"MZ\x90\x00executable", "x", "image"),
            (None, "", "alt_text"),
        ],
    )
    def test_non_images_and_missing_alt_text_are_refused(
        self, company, owner, tree, content, alt, field
    ):
        product = services.product_create(
            company=company, actor=owner, data=product_data(tree["pepper"])
        )
        upload = SimpleUploadedFile("p.png", content or _image_bytes(), content_type="image/png")
        with pytest.raises(ValidationFailed) as exc:
            services.product_image_add(product=product, actor=owner, upload=upload, alt_text=alt)
        assert field in exc.value.fields
        assert not product.images.exists()

    def test_huge_images_are_refused(self, company, owner, tree):
        product = services.product_create(
            company=company, actor=owner, data=product_data(tree["pepper"])
        )
        upload = SimpleUploadedFile(
            "big.png", _image_bytes(size=(8000, 6000)), content_type="image/png"
        )
        with pytest.raises(ValidationFailed) as exc:
            services.product_image_add(product=product, actor=owner, upload=upload, alt_text="big")
        assert "pixels" in exc.value.fields["image"][0]
