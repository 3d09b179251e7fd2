"""Editorial groups and the moderation workflow; scheduled publishing; demo content."""

from __future__ import annotations

import datetime

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page, Workflow

from cms import services
from cms.models import BlogPage, HomePage, StandardPage, SuccessStoryPage
from tests.cms import factories
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def member(group_name: str):
    user = UserFactory(is_buyer=False)
    user.groups.add(Group.objects.get(name=group_name))
    return user


def test_editorial_setup_creates_groups_and_a_moderation_workflow_on_the_indexes(blog, stories):
    services.editorial_setup()
    services.editorial_setup()  # idempotent
    workflow = Workflow.objects.get(name="Moderation")
    assert Workflow.objects.filter(name="Moderation").count() == 1
    assert set(workflow.workflow_pages.values_list("page_id", flat=True)) == {blog.pk, stories.pk}
    task = workflow.tasks.get().specific
    assert list(task.groups.values_list("name", flat=True)) == ["Moderator"]
    post = factories.blog_post(blog, publish=False)
    assert post.get_workflow() == workflow


def test_editors_draft_and_moderators_publish(blog):
    services.editorial_setup()
    editor, moderator = member("Content editor"), member("Moderator")
    post = factories.blog_post(blog, publish=False)
    assert editor.has_perm("wagtailadmin.access_admin")
    assert post.permissions_for_user(editor).can_edit()
    assert not post.permissions_for_user(editor).can_publish()
    assert blog.permissions_for_user(editor).can_add_subpage()
    assert post.permissions_for_user(moderator).can_publish()
    live_post = factories.blog_post(blog)
    assert live_post.permissions_for_user(moderator).can_unpublish()
    assert not live_post.permissions_for_user(editor).can_unpublish()


def test_publish_scheduled_task_publishes_pages_whose_time_has_come(blog):
    from cms.tasks import publish_scheduled

    post = factories.blog_post(blog, publish=False)
    post.go_live_at = timezone.now() + datetime.timedelta(hours=1)
    post.save_revision().publish()  # scheduled, not live yet
    post.refresh_from_db()
    assert not post.live
    # an hour later, as far as Wagtail can tell
    past = timezone.now() - datetime.timedelta(minutes=1)
    revision = post.latest_revision
    revision.approved_go_live_at = past
    revision.content["go_live_at"] = past.isoformat()
    revision.save(update_fields=["approved_go_live_at", "content"])
    publish_scheduled.apply()
    post.refresh_from_db()
    assert post.live


def test_beat_runs_scheduled_publishing_every_minute(settings):
    entry = settings.CELERY_BEAT_SCHEDULE["cms-publish-scheduled"]
    assert entry == {"task": "cms.tasks.publish_scheduled", "schedule": 60.0}


def test_demo_content_is_complete_and_seeding_twice_creates_nothing_new(client):
    call_command("seed_demo")
    counts = {m.__name__: m.objects.count() for m in (Page, BlogPage, SuccessStoryPage)}
    call_command("seed_demo")
    assert {m.__name__: m.objects.count() for m in (Page, BlogPage, SuccessStoryPage)} == counts
    assert counts["BlogPage"] >= 6 and counts["SuccessStoryPage"] >= 4
    homes = HomePage.objects.live()
    assert sorted(h.locale.language_code for h in homes) == ["ar", "en", "es", "fr", "hi"]
    slugs = set(StandardPage.objects.values_list("slug", flat=True))
    assert {"about", "terms", "privacy", "cookies"} <= slugs
    assert BlogPage.objects.filter(author__isnull=False, category__isnull=False).count() >= 6
    assert all(post.tags.exists() for post in BlogPage.objects.all())
    assert Group.objects.filter(name__in=["Content editor", "Moderator"]).count() == 2
    # home and pricing in every language, as synced wagtail-localize translations
    from wagtail_localize.models import Translation

    from billing.models import PricingPage

    pricing = {p.locale.language_code: p for p in PricingPage.objects.live()}
    assert sorted(pricing) == ["ar", "en", "es", "fr", "hi"]
    assert pricing["ar"].title == "الأسعار" and "90" in str(pricing["ar"].faq[1].value["answer"])
    synced = Translation.objects.filter(
        source__object_id__in=[
            pricing["en"].translation_key,
            homes.get(locale__language_code="en").translation_key,
        ]
    )
    assert synced.count() == 8
    arabic = client.get("/ar/pricing/")
    assert arabic.status_code == 200
    assert "الأسعار" in arabic.content.decode() and 'dir="rtl"' in arabic.content.decode()
    # the menu in Arabic, and the Arabic stories index lists the (English) stories
    assert "قصص النجاح" in arabic.content.decode() and "عن TradeSetu" in arabic.content.decode()
    stories = client.get("/ar/success-stories/").content.decode()
    assert "Kerala pepper for a Hamburg delicatessen chain" in stories
