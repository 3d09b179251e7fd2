"""Reviews test world: a verified seller that unlocked (or won) a buyer's RFQ, photos with
metadata, and shortcuts to write and moderate reviews through the services."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from io import BytesIO
from itertools import count

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import RequestFactory
from django.utils import timezone

from marketplace.accounts.models import User
from marketplace.companies.models import Company
from marketplace.leads.models import RFQ, Lead
from marketplace.leads.services import lead_unlock, rfq_award
from marketplace.reviews import services
from marketplace.reviews.models import Review
from tests.leads.factories import buyer, give_credits, owner_of, post_rfq, verified_seller

_names = count(1)
BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/126.0 Safari/537.36"


@dataclass
class World:
    seller: Company
    owner: User
    buyer: User
    rfq: RFQ
    lead: Lead


def reviewable(
    tree, *, unlocked: bool = True, awarded: bool = False, buyer_age_days: int = 10, **buyer_fields
) -> World:
    n = next(_names)
    seller = verified_seller(tree["pepper"], name=f"Malabar Pepper {n}", markets=["DE"])
    user = buyer(**buyer_fields)
    User.objects.filter(pk=user.pk).update(
        date_joined=timezone.now() - timedelta(days=buyer_age_days)
    )
    user.refresh_from_db()
    rfq = post_rfq(
        user, tree["pepper"], title=f"Black pepper 550 GL lot {n}", max_sellers=1, supplier=seller
    )
    lead = Lead.objects.get(rfq=rfq, company=seller)
    owner = owner_of(seller)
    if unlocked:
        give_credits(seller, 2)
        lead = lead_unlock(lead=lead, actor=owner)
    if awarded:
        rfq = rfq_award(rfq=rfq, buyer=user, company=seller)
    return World(seller=seller, owner=owner, buyer=user, rfq=rfq, lead=lead)


def another_buyer(world: World, tree, **buyer_fields) -> World:
    """A second buyer whose RFQ the same seller unlocked."""
    n = next(_names)
    user = buyer(**buyer_fields)
    User.objects.filter(pk=user.pk).update(date_joined=timezone.now() - timedelta(days=10))
    user.refresh_from_db()
    rfq = post_rfq(
        user, tree["pepper"], title=f"Pepper lot {n}", max_sellers=1, supplier=world.seller
    )
    give_credits(world.seller, 1)
    lead = lead_unlock(lead=Lead.objects.get(rfq=rfq, company=world.seller), actor=world.owner)
    return World(seller=world.seller, owner=world.owner, buyer=user, rfq=rfq, lead=lead)


def review_data(**overrides) -> dict:
    data = {
        "rating": 4,
        "communication": 5,
        "product_quality": 4,
        "delivery": 3,
        "title": "Clean pepper, honest grading",
        "text": "The samples matched the shipment and the paperwork was complete on arrival.",
    }
    data.update(overrides)
    return data


def web_request(*, ip: str = "203.0.113.7", agent: str = BROWSER, user=None):
    request = RequestFactory().post("/", REMOTE_ADDR=ip, HTTP_USER_AGENT=agent)
    request.user = user
    return request


def write(world: World, *, request=None, photos=None, **overrides) -> Review:
    return services.review_create(
        author=world.buyer,
        company=world.seller,
        rfq=world.rfq,
        data=review_data(**overrides),
        photos=photos,
        request=request,
    )


def approve(review: Review, moderator) -> Review:
    return services.review_moderate(review=review, moderator=moderator, approve=True)


def jpeg_with_metadata(name: str = "pepper.jpg", size=(64, 48), color=(90, 60, 30)):
    """A JPEG carrying EXIF (camera, GPS position, owner) and a trailing payload."""
    from PIL import Image

    image = Image.new("RGB", size, color)
    exif = Image.Exif()
    exif[0x010F] = "SecretCam"  # Make
    exif[0x013B] = "Jonas Weber"  # Artist
    exif[0x0112] = 6  # Orientation: rotate 90° clockwise to display
    gps = {1: "N", 2: (52.0, 31.0, 12.0), 3: "E", 4: (13.0, 24.0, 36.0)}
    exif[0x8825] = gps
    out = BytesIO()
    image.save(out, format="JPEG", exif=exif.tobytes())
    data = out.getvalue() + b"<?php echo 'appended'; ?>"
    return SimpleUploadedFile(name, data, content_type="image/jpeg")


def png_upload(name: str = "crate.png", size=(40, 30)):
    from PIL import Image

    out = BytesIO()
    Image.new("RGBA", size, (0, 128, 0, 128)).save(out, format="PNG")
    return SimpleUploadedFile(name, out.getvalue(), content_type="image/png")
