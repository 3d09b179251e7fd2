"""The documents follow the marketplace: writes through signals (at once and after commit), the
reconcile job, the full rebuild command, and the database set-up without extensions."""

from __future__ import annotations

from datetime import timedelta

from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from marketplace.catalog.models import Product
from search.engines.postgres import features, indexer
from search.models import ProductDocument, SupplierDocument
from search.services import reconcile

from .factories import product


def test_supplier_figures_are_refreshed_once_after_the_commit(
    world, django_capture_on_commit_callbacks, monkeypatch
):
    calls = []
    original = indexer.refresh_suppliers
    monkeypatch.setattr(
        indexer, "refresh_suppliers", lambda ids=None: calls.append(ids) or original(ids)
    )
    with django_capture_on_commit_callbacks(execute=True):
        for n in range(5):
            product(world.jaipur, world.tree["mugs"], f"Blue pottery mug {n}")
    assert calls == [[world.jaipur.pk]]
    assert SupplierDocument.objects.get(pk=world.jaipur.pk).product_count == 7
    assert ProductDocument.objects.filter(title__startswith="Blue pottery mug").count() == 5


def test_badge_changes_reach_the_documents_after_commit(world, django_capture_on_commit_callbacks):
    from marketplace.companies.models import Company, KycDocument

    with django_capture_on_commit_callbacks(execute=True):
        # what company_verification_refresh does: the KYC row, then a queryset update
        document = KycDocument.objects.filter(company=world.malabar).first()
        document.save()
        Company.objects.filter(pk=world.malabar.pk).update(is_verified=False)
    assert not ProductDocument.objects.filter(company=world.malabar, is_verified=True).exists()
    assert SupplierDocument.objects.get(pk=world.malabar.pk).evidence == 31  # 3 documents + 1 cert


def test_reconcile_notices_a_plan_running_out(world):
    from billing.models import Subscription

    Subscription.objects.filter(company=world.malabar).update(
        starts_at=timezone.now() - timedelta(days=40), ends_at=timezone.now() - timedelta(days=1)
    )
    assert ProductDocument.objects.filter(company=world.malabar, plan_slug="premium").count() == 3
    figures = reconcile()
    assert figures["changed"] == 1
    assert set(
        ProductDocument.objects.filter(company=world.malabar).values_list("plan_slug", flat=True)
    ) == {"free"}


def test_unpublished_and_deleted_products_leave_the_index(world):
    tellicherry = world.products["tellicherry"]
    tellicherry.status = Product.Status.SUSPENDED
    tellicherry.save()
    assert not ProductDocument.objects.filter(pk=tellicherry.pk).exists()
    world.products["vase"].delete()
    assert not ProductDocument.objects.filter(title="Blue pottery vase").exists()


def test_search_reindex_command(world, capsys):
    ProductDocument.objects.all().delete()
    call_command("search_reindex")
    assert ProductDocument.objects.count() == 9
    assert "Search index rebuilt (postgres)" in capsys.readouterr().out


def test_works_without_extensions_and_folds_accents_either_way(db):
    found = features.features()
    with connection.cursor() as cursor:
        cursor.execute("SELECT extname FROM pg_extension")
        installed = {row[0] for row in cursor.fetchall()}
        cursor.execute("SELECT search_unaccent('Cúrcuma ÉPICES Crème')")
        assert cursor.fetchone()[0] == "curcuma epices creme"
        cursor.execute("SELECT search_detect_lang('Cúrcuma en polvo para exportación', '')")
        assert cursor.fetchone()[0] == "es"
        cursor.execute("SELECT search_detect_lang('हल्दी पाउडर', '')")
        assert cursor.fetchone()[0] == "hi"
    assert found.unaccent == ("unaccent" in installed)
    assert found.trigram == ("pg_trgm" in installed)


def test_documents_are_kept_narrow(db):
    with connection.cursor() as cursor:
        cursor.execute(
            """SELECT attname, attstorage FROM pg_attribute
               WHERE attrelid = 'search_productdocument'::regclass AND attname IN
               ('vector', 'body', 'title_vector', 'category_path')"""
        )
        storage = dict(cursor.fetchall())
    assert storage == {"vector": "e", "body": "e", "title_vector": "p", "category_path": "p"}
