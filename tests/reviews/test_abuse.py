"""Abuse: a seller reviewing itself through a second account (same company e-mail domain, same
device), floods from one IP, and photos that carry malware or metadata."""

from __future__ import annotations

from datetime import timedelta
from io import BytesIO

import pytest
from django.utils import timezone

from marketplace.accounts.models import User, UserSession
from marketplace.audit.models import AuditEvent
from marketplace.files.models import StoredFile
from marketplace.files.services import InfectedFile
from marketplace.reviews import selectors, services
from marketplace.reviews.models import Review, ReviewPhoto
from tests.conftest import EICAR
from tradesetu.errors import PermissionDenied, RateLimited, ValidationFailed

from .factories import (
    BROWSER,
    another_buyer,
    approve,
    jpeg_with_metadata,
    png_upload,
    reviewable,
    web_request,
    write,
)

pytestmark = pytest.mark.django_db


class TestSelfReview:
    def test_second_account_at_the_sellers_company_domain_is_refused(self, world, tree):
        User.objects.filter(pk=world.owner.pk).update(email="anita@keralaspice.in")
        sock_puppet = another_buyer(world, tree, email="priya.buyer@keralaspice.in")
        with pytest.raises(PermissionDenied) as refused:
            write(sock_puppet)
        assert refused.value.code == "self_review"
        assert "keralaspice.in" in refused.value.message
        assert not Review.objects.exists()

    def test_the_company_email_and_website_domains_count_too(self, world, tree):
        type(world.seller).objects.filter(pk=world.seller.pk).update(
            website="https://www.malabar-pepper.co.in/about"
        )
        world.seller.refresh_from_db()
        with pytest.raises(PermissionDenied):
            write(another_buyer(world, tree, email="ravi@malabar-pepper.co.in"))

    def test_free_mail_domains_never_match(self, world, tree):
        User.objects.filter(pk=world.owner.pk).update(email="anita.pepper@gmail.com")
        buyer = another_buyer(world, tree, email="jonas.weber@gmail.com")
        assert write(buyer).pk

    def test_a_member_of_the_company_is_refused(self, world):
        from marketplace.companies.models import CompanyMember

        CompanyMember.objects.create(company=world.seller, user=world.buyer, role="staff")
        with pytest.raises(PermissionDenied) as refused:
            write(world)
        assert refused.value.code == "self_review"

    def test_same_device_as_a_seller_session_is_refused(self, world):
        UserSession.objects.create(
            user=world.owner, kind="web", user_agent=BROWSER, ip_address="198.51.100.20"
        )
        request = web_request(ip="198.51.100.77", agent=BROWSER, user=world.buyer)  # same /24
        with pytest.raises(PermissionDenied) as refused:
            write(world, request=request)
        assert refused.value.code == "self_review"
        assert "device" in refused.value.message

    def test_another_device_is_fine_and_its_fingerprint_is_stored(self, world):
        UserSession.objects.create(
            user=world.owner, kind="web", user_agent=BROWSER, ip_address="198.51.100.20"
        )
        request = web_request(ip="203.0.113.9", agent=BROWSER, user=world.buyer)
        review = write(world, request=request)
        assert review.device_hash == services.device_fingerprint(BROWSER, "203.0.113.9")
        assert review.device_hash != services.device_fingerprint(BROWSER, "198.51.100.20")
        assert str(review.created_ip) == "203.0.113.9"

    def test_old_seller_sessions_do_not_count(self, world):
        session = UserSession.objects.create(
            user=world.owner, kind="web", user_agent=BROWSER, ip_address="198.51.100.20"
        )
        UserSession.objects.filter(pk=session.pk).update(
            last_seen_at=timezone.now() - services.SESSION_LOOKBACK - timedelta(days=1)
        )
        assert write(world, request=web_request(ip="198.51.100.21", user=world.buyer)).pk

    def test_ipv6_fingerprints_use_the_48_prefix(self):
        a = services.device_fingerprint(BROWSER, "2001:db8:aa:1::5")
        b = services.device_fingerprint(BROWSER, "2001:db8:aa:ffff::9")
        c = services.device_fingerprint(BROWSER, "2001:db8:ab::9")
        assert a == b != c
        assert services.device_fingerprint("", "2001:db8::1") == ""


class TestFlood:
    def test_a_flood_of_reviews_from_one_ip_is_refused(self, world, tree, settings):
        settings.RATE_LIMITS = {**settings.RATE_LIMITS, "review_ip_hour": (2, 3600)}
        buyers = [world, another_buyer(world, tree), another_buyer(world, tree)]
        for buyer in buyers[:2]:
            write(buyer, request=web_request(ip="192.0.2.50", user=buyer.buyer))
        with pytest.raises(RateLimited) as refused:
            write(buyers[2], request=web_request(ip="192.0.2.50", user=buyers[2].buyer))
        assert refused.value.status == 429 and refused.value.retry_after > 0
        assert Review.objects.count() == 2
        # another network is not affected
        assert write(buyers[2], request=web_request(ip="192.0.2.51", user=buyers[2].buyer)).pk


class TestPhotos:
    def test_photos_are_scanned_and_re_encoded_without_metadata(self, world, clamd):
        from PIL import Image

        review = write(world, photos=[jpeg_with_metadata(), png_upload()])
        photos = list(review.photos.select_related("file"))
        assert len(photos) == 2
        for photo in photos:
            stored = photo.file
            assert stored.usage == StoredFile.Usage.REVIEW
            assert stored.scan_status == StoredFile.ScanStatus.CLEAN
            assert stored.mime == "image/jpeg"
            with stored.file.open("rb") as handle:
                data = handle.read()
            assert b"SecretCam" not in data and b"Jonas Weber" not in data
            assert b"<?php" not in data
            with Image.open(BytesIO(data)) as image:
                assert not image.getexif()
                assert image.info.get("icc_profile") is None
                assert (image.width, image.height) == (photo.width, photo.height)
        assert (photos[0].width, photos[0].height) == (48, 64)  # EXIF orientation applied

    def test_an_infected_photo_is_refused_and_nothing_is_stored(self, world, clamd):
        from django.core.files.uploadedfile import SimpleUploadedFile

        infected = SimpleUploadedFile("x.jpg", b"\xff\xd8\xff\xe0" + EICAR, "image/jpeg")
        with pytest.raises(InfectedFile):
            write(world, photos=[jpeg_with_metadata(), infected])
        assert not Review.objects.exists() and not StoredFile.objects.exists()
        assert AuditEvent.objects.filter(action="file.infected").count() == 1

    def test_at_most_five_photos(self, world, clamd):
        with pytest.raises(ValidationFailed) as refused:
            write(world, photos=[png_upload(f"{n}.png") for n in range(6)])
        assert "photos" in refused.value.fields

    def test_files_that_are_not_images_are_refused(self, world, clamd):
        from tests.companies.factories import pdf_upload

        with pytest.raises(ValidationFailed) as refused:
            write(world, photos=[pdf_upload("pepper.jpg")])
        assert "photos" in refused.value.fields
        assert not Review.objects.exists()

    def test_photos_are_public_only_once_the_review_is_published(
        self, world, clamd, client, moderator
    ):
        review = write(world, photos=[png_upload()])
        photo = ReviewPhoto.objects.get(review=review)
        url = f"/reviews/photos/{photo.file_id}/"
        assert client.get(url).status_code == 404
        client.force_login(world.buyer)
        assert client.get(url).status_code == 200
        client.logout()
        approve(review, moderator)
        response = client.get(url)
        assert response.status_code == 200 and response["Content-Type"] == "image/jpeg"
        assert response["X-Content-Type-Options"] == "nosniff"

    def test_quarantined_photos_are_never_shown(self, world, settings, moderator, client):
        settings.CLAMD_SOCKET = settings.CLAMD_TCP = ""  # no scanner: stored in quarantine
        review = approve(write(world, photos=[png_upload()]), moderator)
        photo = ReviewPhoto.objects.select_related("file", "review").get(review=review)
        assert photo.file.is_quarantined
        assert not selectors.photo_visible(photo, moderator)
        assert client.get(f"/reviews/photos/{photo.file_id}/").status_code == 404

    def test_photos_a_later_scan_refused_are_never_shown_or_linked(
        self, world, clamd, moderator, client
    ):
        """A rescan can turn a photo infected after publication: it leaves the public page and
        the API at once instead of showing a link that 404s."""
        review = approve(write(world, photos=[png_upload()]), moderator)
        photo = ReviewPhoto.objects.select_related("file", "review").get(review=review)
        StoredFile.objects.filter(pk=photo.file_id).update(
            scan_status=StoredFile.ScanStatus.INFECTED
        )
        photo.file.refresh_from_db()
        assert not selectors.photo_visible(photo, moderator)
        assert client.get(f"/reviews/photos/{photo.file_id}/").status_code == 404
        supplier_page = client.get(f"/suppliers/{world.seller.slug}/").content.decode()
        assert f"/reviews/photos/{photo.file_id}/" not in supplier_page

    def test_editing_removes_and_adds_photos(self, world, clamd):
        review = write(world, photos=[png_upload("a.png"), png_upload("b.png")])
        first = review.photos.first()
        services.review_edit(
            review=review,
            author=world.buyer,
            data={},
            photos=[jpeg_with_metadata()],
            remove_photos=[first.pk],
        )
        assert review.photos.count() == 2
        assert not StoredFile.objects.filter(pk=first.file_id).exists()
        assert list(review.photos.values_list("sort_order", flat=True)) == [0, 1]

    def test_other_buyers_cannot_open_pending_photos(self, world, clamd, client, tree):
        review = write(world, photos=[png_upload()])
        photo = ReviewPhoto.objects.get(review=review)
        client.force_login(reviewable(tree).buyer)
        assert client.get(f"/reviews/photos/{photo.file_id}/").status_code == 404
