"""Writes for the public site: the home page and its translations, the editorial set-up, contact
messages and the page cache."""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Callable

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import ValidationError as DjangoValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.images.models import SourceImageIOError
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Site,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from tradesetu import images, pagecache
from tradesetu.errors import ValidationFailed
from tradesetu.mail import send_templated

from .models import (
    BlogIndexPage,
    ContactPage,
    ContactSubmission,
    HomePage,
    SuccessStoryIndexPage,
)

logger = logging.getLogger(__name__)

DEFAULT_HOME_TITLE = "TradeSetu"
DEFAULT_HOME_BODY = [
    {
        "type": "hero",
        "value": {
            "title": "Verified Indian exporters. Leads that are worth it.",
            "text": (
                "Post a request for quotation once and hear back from a handful of verified "
                "suppliers who fit it, not from everyone."
            ),
            "search_label": "Search products and suppliers",
            "search_placeholder": "Basmati rice, cotton towels, brass lamps…",
            "search_button": "Search",
        },
    },
]


# --------------------------------------------------------------------------- home page, locales


def locales_ensure() -> list[Locale]:
    """A Locale row for every content language (idempotent)."""
    return [
        Locale.objects.get_or_create(language_code=code)[0]
        for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES
    ]


@transaction.atomic
def home_page_ensure(*, hostname: str = "localhost", port: int = 80) -> HomePage:
    """Make sure the default site serves an English HomePage (idempotent).

    Wagtail's first migration creates a plain "Welcome" page at /home/; it is replaced once.
    """
    locale, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    root = Page.get_first_root_node()
    if root is None:  # a flushed database (transactional tests) has lost the migration's root
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=locale, live=True))
    home = HomePage.objects.filter(locale=locale).first()
    if home is None:
        for welcome in root.get_children().exact_type(Page).filter(slug="home"):
            welcome.delete()  # its Site goes with it; recreated below
        home = HomePage(
            slug="home", locale=locale, title=DEFAULT_HOME_TITLE, body=DEFAULT_HOME_BODY
        )
        root.add_child(instance=home)
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname=hostname,
            port=port,
            root_page=home,
            is_default_site=True,
            site_name="TradeSetu",
        )
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.save(update_fields=["root_page"])
    return home


@transaction.atomic
def page_translation_ensure(
    *, page: Page, language_code: str, fields: dict, publish: bool = True, user=None
) -> Page:
    """The page's translation in a language, made through wagtail-localize so it stays synced
    with the English tree: editors see its status ("Up to date" / "Waiting for translations")
    and, after the English page changes, update it in the translation editor. ``fields`` are the
    translated values (title, body …, the same structure as the English page); their strings are
    matched to the English page's in order. Idempotent: an existing synced translation is
    returned untouched; a plain copy made earlier becomes a synced translation."""
    import copy

    import polib
    from wagtail_localize.models import Translation, TranslationSource
    from wagtail_localize.segments import StringSegmentValue
    from wagtail_localize.segments.extract import extract_segments

    page = page.specific
    locale, _ = Locale.objects.get_or_create(language_code=language_code)
    source, _ = TranslationSource.get_or_create_from_instance(page)
    translation, created = Translation.objects.get_or_create(source=source, target_locale=locale)
    existing = page.get_translations().filter(locale=locale).first()
    if not created and existing is not None:
        return existing.specific
    source.update_from_db()  # the strings of the English page as it is now

    translated = copy.copy(page)
    for name, value in fields.items():
        setattr(translated, name, value)
        field = page._meta.get_field(name)
        if isinstance(field, StreamField):
            field.get_prep_value(getattr(translated, name))  # gives new blocks their ids
    # pair the strings of the given fields by their place (block ids aside); a value the English
    # page lacks has no string to translate and is left out; an English string without a value
    # stays English (wagtail-localize then shows the translation as waiting)
    foreign: dict[str, list] = {}
    for segment in extract_segments(translated):
        if isinstance(segment, StringSegmentValue):
            foreign.setdefault(_path_shape(segment.path), []).append(segment)
    po = polib.POFile()
    po.metadata = {"X-WagtailLocalize-TranslationID": str(translation.uuid)}
    for segment in extract_segments(page):
        candidates = foreign.get(_path_shape(segment.path))
        given = segment.path.split(".", 1)[0] in fields
        if isinstance(segment, StringSegmentValue) and candidates and given:
            po.append(
                polib.POEntry(
                    msgid=segment.string.data,
                    msgctxt=segment.path,
                    msgstr=candidates.pop(0).string.data,
                )
            )
    translation.import_po(po, user=user)
    # saved as a draft and published here, not by wagtail-localize's on-commit callback: the
    # caller's transaction (a seed, a test) sees the published page at once
    translation.save_target(user=user, publish=False)
    target = page.get_translations().get(locale=locale).specific
    if publish:
        target.get_latest_revision().publish(user=user)
        target.refresh_from_db()
    Site.clear_site_root_paths_cache()
    return target


def _path_shape(path: str) -> str:
    """A segment path with StreamField block ids blanked (each page has its own ids)."""
    return _BLOCK_ID.sub("*", path)


_BLOCK_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


# --------------------------------------------------------------------------- editorial workflow

EDITOR_GROUP = "Content editor"
MODERATOR_GROUP = "Moderator"
WORKFLOW_NAME = "Moderation"
APPROVAL_TASK_NAME = "Moderator approval"

_PAGE_PERMISSIONS = {
    EDITOR_GROUP: ["add", "change"],
    MODERATOR_GROUP: ["add", "change", "publish", "lock", "unlock", "bulk_delete"],
}
_COLLECTION_PERMISSIONS = {
    EDITOR_GROUP: [
        ("wagtailimages", "add_image"),
        ("wagtailimages", "change_image"),
        ("wagtailimages", "choose_image"),
        ("wagtaildocs", "add_document"),
        ("wagtaildocs", "change_document"),
        ("wagtaildocs", "choose_document"),
    ],
}
_COLLECTION_PERMISSIONS[MODERATOR_GROUP] = [
    *_COLLECTION_PERMISSIONS[EDITOR_GROUP],
    ("wagtailimages", "delete_image"),
    ("wagtaildocs", "delete_document"),
]
_MODEL_PERMISSIONS = {
    EDITOR_GROUP: [
        ("wagtailadmin", "access_admin"),
        ("cms", "add_blogauthor"),
        ("cms", "change_blogauthor"),
        ("cms", "view_blogauthor"),
        ("cms", "add_blogcategory"),
        ("cms", "change_blogcategory"),
        ("cms", "view_blogcategory"),
        ("wagtail_localize", "submit_translation"),
    ],
}
_MODEL_PERMISSIONS[MODERATOR_GROUP] = [
    *_MODEL_PERMISSIONS[EDITOR_GROUP],
    ("cms", "delete_blogauthor"),
    ("cms", "delete_blogcategory"),
    ("cms", "view_contactsubmission"),
    ("cms", "change_contactsubmission"),
]


def _permission(app_label: str, codename: str) -> Permission | None:
    return Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()


@transaction.atomic
def editorial_setup() -> Workflow:
    """Create (or complete) the "Content editor" and "Moderator" groups and the "Moderation"
    workflow, and assign the workflow to every blog and success-story index page.

    Independent of demo data: run it on an empty site and again after adding index pages.
    Editors draft and submit; moderators approve, publish, schedule and unpublish.
    """
    root_page = Page.get_first_root_node()
    root_collection = Collection.get_first_root_node()
    groups = {}
    for name in (EDITOR_GROUP, MODERATOR_GROUP):
        group, _ = Group.objects.get_or_create(name=name)
        groups[name] = group
        for app_label, codename in _MODEL_PERMISSIONS[name]:
            permission = _permission(app_label, codename)
            if permission is not None:
                group.permissions.add(permission)
        if root_page is not None:
            for kind in _PAGE_PERMISSIONS[name]:
                permission = _permission("wagtailcore", f"{kind}_page")
                GroupPagePermission.objects.get_or_create(
                    group=group, page=root_page, permission=permission
                )
        if root_collection is not None:
            for app_label, codename in _COLLECTION_PERMISSIONS[name]:
                permission = _permission(app_label, codename)
                if permission is not None:
                    GroupCollectionPermission.objects.get_or_create(
                        group=group, collection=root_collection, permission=permission
                    )

    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    task = GroupApprovalTask.objects.filter(name=APPROVAL_TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=APPROVAL_TASK_NAME)
    task.groups.add(groups[MODERATOR_GROUP])
    if not WorkflowTask.objects.filter(workflow=workflow, task=task).exists():
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    for page in [*BlogIndexPage.objects.all(), *SuccessStoryIndexPage.objects.all()]:
        WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})
    return workflow


# --------------------------------------------------------------------------- contact

CONTACT_MESSAGE_MAX_LENGTH = 4000
CONTACT_MESSAGE_MIN_LENGTH = 10


def _ip_hash(ip: str) -> str:
    if not ip:
        return ""
    return hashlib.sha256(f"{settings.SECRET_KEY}|{ip}".encode()).hexdigest()


@transaction.atomic
def contact_submission_create(
    *,
    page: ContactPage | None,
    name: str,
    email: str,
    message: str,
    company: str = "",
    honeypot: str = "",
    ip: str = "",
    user_agent: str = "",
    language: str = "",
) -> ContactSubmission:
    """Store a contact message and e-mail it to staff after commit.

    The text is stored as typed; every page and e-mail that shows it escapes it.
    """
    if honeypot.strip():
        logger.info("contact spam rejected (honeypot)")
        raise ValidationFailed(_("Your message could not be sent. Please try again."), code="spam")
    name, email, company, message = name.strip(), email.strip(), company.strip(), message.strip()
    errors: dict[str, list[str]] = {}
    if not name:
        errors["name"] = [_("Please tell us your name.")]
    elif len(name) > 120:
        errors["name"] = [_("Please shorten your name to 120 characters.")]
    try:
        validate_email(email)
    except DjangoValidationError:
        errors["email"] = [_("Enter a valid e-mail address.")]
    if len(company) > 200:
        errors["company"] = [_("Please shorten the company name to 200 characters.")]
    if len(message) < CONTACT_MESSAGE_MIN_LENGTH:
        errors["message"] = [
            _("Please write at least %(count)d characters.") % {"count": CONTACT_MESSAGE_MIN_LENGTH}
        ]
    elif len(message) > CONTACT_MESSAGE_MAX_LENGTH:
        errors["message"] = [
            _("Please shorten your message to %(count)d characters.")
            % {"count": CONTACT_MESSAGE_MAX_LENGTH}
        ]
    if errors:
        raise ValidationFailed(_("Please correct the errors below."), fields=errors)

    submission = ContactSubmission.objects.create(
        page=page,
        name=name,
        email=email,
        company=company,
        message=message,
        language=(language or "")[:10],
        ip_hash=_ip_hash(ip),
        user_agent=(user_agent or "")[:300],
    )
    recipient = (page.to_address if page else "") or settings.CONTACT_EMAIL
    send_templated(
        to=recipient,
        template="contact_submission",
        context={"submission": submission},
        language=settings.LANGUAGE_CODE,
    )
    logger.info("contact message received", extra={"submission_id": submission.pk})
    return submission


# --------------------------------------------------------------------------- page cache

# The cache itself is shared with the catalog's views: see tradesetu/pagecache.py.
page_cache_clear = pagecache.page_cache_clear


def page_serve_cached(
    page, request: HttpRequest, render: Callable[[], HttpResponse]
) -> HttpResponse:
    """Serve a public Wagtail page from the page cache (see ``tradesetu.pagecache``)."""
    return pagecache.serve_cached(request, render, enabled=getattr(page, "cache_enabled", False))


# --------------------------------------------------------------------------- image renditions


def image_uses(*, image) -> tuple[str, ...]:
    """What an image is put to: a product photo, else (editors' uploads) CMS pages."""
    from marketplace.catalog.models import ProductImage

    if ProductImage.objects.filter(image_id=image.pk).exists():
        return (images.PRODUCT,)
    return (images.PAGE,)


def image_renditions_make(*, image) -> int:
    """Make every rendition the templates show for this image (``tradesetu.images``), so that no
    page view has to; renditions already made are found, not remade. Returns how many filters
    were asked for (0 when the source file is missing)."""
    filters = images.filters_for(*image_uses(image=image))
    try:
        image.get_renditions(*filters)
    except SourceImageIOError:
        logger.warning("image file missing; no renditions made", extra={"image_id": image.pk})
        return 0
    return len(filters)


def images_renditions_queue() -> int:
    """Queue the renditions task for every image (``seed_demo``: images loaded before renditions
    were made ahead, or whose task was lost); the worker skips renditions that exist. Returns
    how many images were queued."""
    ids = list(get_image_model().objects.order_by("pk").values_list("pk", flat=True))
    for pk in ids:
        image_renditions_queue(pk)
    return len(ids)


def image_renditions_queue(image_id: int) -> None:
    """Queue the renditions task once the image's transaction commits (a broker that is down
    only means the first view makes them, as before)."""
    from .tasks import image_renditions_make as task

    def queue() -> None:
        try:
            task.delay(image_id)
        except Exception:  # noqa: BLE001 - broker down: renditions are made on first view
            logger.warning("renditions not queued", extra={"image_id": image_id})

    transaction.on_commit(queue)
