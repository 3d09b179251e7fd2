"""Every company and document endpoint, called as anonymous, another buyer, another seller, a
member and staff: each gets exactly the answer it should."""

from __future__ import annotations

import pytest
from rest_framework.test import APIClient

from marketplace.companies.models import BuyerProfile, KycDocument, ReviewStatus
from tests.conftest import grant
from tests.factories import SellerFactory, UserFactory

from .factories import approved_document, buyer_company, pdf_upload, seller_company, stored_pdf

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "buyer", "other_seller", "member", "staff"]


@pytest.fixture
def world(db, reviewer):
    company = seller_company()
    owner = company.members.get().user
    document = KycDocument.objects.create(
        company=company,
        doc_type="gst",
        number=company.gstin,
        file=stored_pdf(owner),
        uploaded_by=owner,
    )
    buyer = UserFactory()
    buyer_company(owner=buyer)
    other_seller = seller_company().members.get().user
    buyer_profile = BuyerProfile.objects.create(user=buyer)
    return {
        "company": company,
        "document": document,
        "users": {
            "anonymous": None,
            "buyer": buyer,
            "other_seller": other_seller,
            "member": owner,
            "staff": reviewer,
        },
        "buyer_profile": buyer_profile,
    }


def client_for(user) -> APIClient:
    client = APIClient()
    if user is not None:
        client.force_authenticate(user)
    return client


def run_matrix(world, method, url, expected, data=None, fmt="json"):
    results = {}
    for role in ROLES:
        client = client_for(world["users"][role])
        response = (
            getattr(client, method)(url, data, format=fmt)
            if data is not None
            else getattr(client, method)(url)
        )
        results[role] = response.status_code
    assert results == expected


def test_company_read(world):
    company = world["company"]
    run_matrix(
        world,
        "get",
        f"/api/v1/companies/{company.pk}",
        {"anonymous": 200, "buyer": 200, "other_seller": 200, "member": 200, "staff": 200},
    )
    # but only members and staff see the identifiers in full
    public = client_for(world["users"]["buyer"]).get(f"/api/v1/companies/{company.pk}").json()
    private = client_for(world["users"]["member"]).get(f"/api/v1/companies/{company.pk}").json()
    assert "gstin" not in public and private["gstin"] == company.gstin


def test_company_update(world):
    company = world["company"]
    run_matrix(
        world,
        "put",
        f"/api/v1/companies/{company.pk}",
        {"anonymous": 403, "buyer": 403, "other_seller": 403, "member": 200, "staff": 403},
        data={"city": "Nashik"},
    )


def test_buyer_company_is_private(world):
    buyer = world["users"]["buyer"]
    company = buyer.memberships.get().company
    results = {
        role: client_for(world["users"][role]).get(f"/api/v1/companies/{company.pk}").status_code
        for role in ROLES
    }
    assert results == {
        "anonymous": 404,
        "buyer": 200,
        "other_seller": 404,
        "member": 404,
        "staff": 200,
    }


def test_seller_profile_read_and_update(world):
    profile = world["company"].seller_profile
    run_matrix(
        world,
        "get",
        f"/api/v1/seller-profiles/{profile.pk}",
        {"anonymous": 200, "buyer": 200, "other_seller": 200, "member": 200, "staff": 200},
    )
    run_matrix(
        world,
        "put",
        f"/api/v1/seller-profiles/{profile.pk}",
        {"anonymous": 403, "buyer": 403, "other_seller": 403, "member": 200, "staff": 403},
        data={"payment_terms": ["lc", "tt"], "export_markets": ["DE"]},
    )


def test_buyer_profile(world):
    profile = world["buyer_profile"]
    expected = {"anonymous": 401, "buyer": 200, "other_seller": 404, "member": 404, "staff": 200}
    run_matrix(world, "get", f"/api/v1/buyer-profiles/{profile.pk}", expected)
    run_matrix(
        world,
        "put",
        f"/api/v1/buyer-profiles/{profile.pk}",
        {"anonymous": 401, "buyer": 200, "other_seller": 404, "member": 404, "staff": 403},
        data={"languages": ["en", "de"][:1], "annual_spend_range": "gt1m"},
    )


def test_document_list_and_upload(world, clamd):
    company = world["company"]
    url = f"/api/v1/companies/{company.pk}/documents"
    run_matrix(
        world,
        "get",
        url,
        {"anonymous": 401, "buyer": 404, "other_seller": 404, "member": 200, "staff": 200},
    )
    results = {}
    for role in ROLES:
        client = client_for(world["users"][role])
        response = client.post(
            url,
            {"doc_type": "pan", "number": company.pan, "file": pdf_upload()},
            format="multipart",
        )
        results[role] = response.status_code
    # staff can view companies but do not upload for them
    assert results == {
        "anonymous": 401,
        "buyer": 404,
        "other_seller": 404,
        "member": 201,
        "staff": 403,
    }


def test_kyc_file_download(world, client):
    file_url = f"/files/{world['document'].file_id}/"
    results = {}
    for role in ROLES:
        client.logout()
        if world["users"][role] is not None:
            client.force_login(world["users"][role])
        results[role] = client.get(file_url).status_code
    assert results == {
        "anonymous": 404,
        "buyer": 404,
        "other_seller": 404,
        "member": 200,
        "staff": 200,
    }


def test_staff_endpoints_are_staff_only(world):
    company = world["company"]
    target = world["users"]["buyer"]
    approved_document(company, "iec")
    expected = {"anonymous": 401, "buyer": 403, "other_seller": 403, "member": 403, "staff": 200}
    run_matrix(
        world,
        "post",
        f"/api/v1/seller-profiles/{company.seller_profile.pk}/verify",
        expected,
        data={},
    )
    run_matrix(world, "get", "/api/v1/admin/audits", expected)
    results = {}
    for role in ROLES:
        response = client_for(world["users"][role]).post(
            f"/api/v1/admin/sellers/{company.pk}/approve", {"reason": "ok"}, format="json"
        )
        results[role] = response.status_code
    assert results == expected
    assert KycDocument.objects.get(pk=world["document"].pk).status == ReviewStatus.APPROVED

    blocked = {}
    for role in ROLES:
        response = client_for(world["users"][role]).post(
            f"/api/v1/admin/users/{target.pk}/block", {"reason": "spam"}, format="json"
        )
        blocked[role] = response.status_code
    assert blocked == {
        "anonymous": 401,
        "buyer": 403,
        "other_seller": 403,
        "member": 403,
        "staff": 204,
    }


def test_staff_without_the_specific_permission_is_refused(world):
    plain_staff = UserFactory(is_staff=True)
    response = client_for(plain_staff).get("/api/v1/admin/audits")
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "permission_denied"


def test_audit_filter_and_bad_filter(world):
    staff = world["users"]["staff"]
    client = client_for(staff)
    client.post(
        f"/api/v1/admin/companies/{world['company'].pk}/block", {"reason": "fraud"}, format="json"
    )
    rows = client.get("/api/v1/admin/audits", {"action": "company.block"}).json()["results"]
    assert len(rows) == 1 and rows[0]["diff"] == {"reason": "fraud"}
    bad = client.get("/api/v1/admin/audits", {"since": "yesterday"})
    assert bad.status_code == 400
    assert "since" in bad.json()["error"]["fields"]


def test_seller_cannot_upload_with_wrong_number_via_api(world, clamd):
    company = world["company"]
    member = client_for(world["users"]["member"])
    response = member.post(
        f"/api/v1/companies/{company.pk}/documents",
        {"doc_type": "gst", "number": "27AAPFU0939F1ZW", "file": pdf_upload()},
        format="multipart",
    )
    assert response.status_code == 400
    assert "number" in response.json()["error"]["fields"]


def test_grant_helper_is_scoped():
    user = grant(SellerFactory())
    assert not user.has_perm("companies.review_kyc")
