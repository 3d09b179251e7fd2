"""Bulk import: every row checked before anything is written, a report of rejected rows,
idempotent on SKU, whole-file problems refused cleanly; a real Celery worker runs it."""

from __future__ import annotations

import csv
import io
import time

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from marketplace.catalog import imports
from marketplace.catalog.models import ImportJob, Product
from tradesetu.celery import app as celery_app
from tradesetu.errors import ValidationFailed

pytestmark = pytest.mark.django_db

HEADER = [
    "sku",
    "title",
    "price_min",
    "price_max",
    "currency",
    "moq",
    "moq_unit",
    "incoterms",
    "attr:form",
    "attr:moisture",
]


def csv_bytes(rows, header=HEADER, encoding="utf-8") -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue().encode(encoding)


GOOD = [
    ["BP-1", "Black pepper 500 GL", "4", "5", "USD", "500", "kg", "FOB, CIF", "Whole", "12"],
    ["BP-2", "Black pepper powder", "5", "6", "USD", "200", "kg", "FOB", "Powder", "10"],
]
BAD = [
    ["BP-3", "Inverted price", "9", "5", "USD", "100", "kg", "FOB", "Whole", "11"],
    ["", "No SKU", "1", "2", "USD", "100", "kg", "FOB", "Whole", "11"],
    ["BP-4", "Wrong spec", "1", "2", "USD", "100", "kg", "FOB", "Liquid", "wet"],
    ["BP-5", "Zero MOQ", "1", "2", "USD", "0", "kg", "FOB", "Whole", "11"],
    ["BP-1", "Duplicate SKU in file", "1", "2", "USD", "100", "kg", "FOB", "Whole", "11"],
]


@pytest.fixture(autouse=True)
def _eager(settings):
    previous = celery_app.conf.task_always_eager
    celery_app.conf.task_always_eager = True
    yield
    celery_app.conf.task_always_eager = previous


def start(company, owner, tree, data: bytes, name="products.csv", publish=False) -> ImportJob:
    upload = SimpleUploadedFile(name, data, content_type="text/csv")
    return imports.import_start(
        company=company, actor=owner, upload=upload, category=tree["pepper"], publish=publish
    )


def run(job: ImportJob) -> ImportJob:
    return imports.import_run_job(job.pk)


def test_good_rows_are_imported_and_bad_rows_reported_with_reasons(
    company, owner, tree, settings, clamd
):
    job = run(start(company, owner, tree, csv_bytes(GOOD + BAD), publish=True))
    assert job.status == ImportJob.Status.DONE
    assert (job.created_count, job.updated_count) == (2, 0)
    reasons = {row["row"]: row["errors"] for row in job.rejected}
    assert set(reasons) == {4, 5, 6, 7, 8}
    assert "price_max" in reasons[4]
    assert "sku" in reasons[5]
    assert {"attributes.form", "attributes.moisture"} <= set(reasons[6])
    assert "moq" in reasons[7]
    assert "twice" in reasons[8]["sku"][0]
    assert set(Product.objects.values_list("sku", flat=True)) == {"BP-1", "BP-2"}
    assert Product.objects.get(sku="BP-1").status == Product.Status.PUBLISHED
    assert Product.objects.get(sku="BP-1").incoterms == ["FOB", "CIF"]


def test_reuploading_updates_by_sku_instead_of_duplicating(company, owner, tree, clamd):
    run(start(company, owner, tree, csv_bytes(GOOD)))
    changed = [
        ["BP-1", "Black pepper 550 GL", "4.5", "5.5", "USD", "500", "kg", "FOB", "Whole", "11"]
    ]
    job = run(start(company, owner, tree, csv_bytes(changed)))
    assert (job.created_count, job.updated_count) == (0, 1), job.rejected
    assert Product.objects.count() == 2
    assert Product.objects.get(sku="BP-1").title == "Black pepper 550 GL"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (csv_bytes(GOOD, header=["sku", "name", "moq"]), "Missing columns: title"),
        (csv_bytes(GOOD, header=[*HEADER[:-1], "attr:colour"]), "Unknown columns: attr:colour"),
        ("sku,title,moq\nBP-1,Pfeffer schwarz ä,10\n".encode("latin-1"), "not UTF-8"),
    ],
)
def test_whole_file_problems_fail_the_job_and_write_nothing(
    company, owner, tree, clamd, data, message
):
    job = run(start(company, owner, tree, data))
    assert job.status == ImportJob.Status.FAILED
    assert message in job.error
    assert not Product.objects.exists()


def test_too_many_rows_is_refused_past_the_documented_limit(
    company, owner, tree, clamd, monkeypatch
):
    monkeypatch.setattr(imports, "MAX_ROWS", 3)
    job = run(start(company, owner, tree, csv_bytes(GOOD * 2)))
    assert job.status == ImportJob.Status.FAILED
    assert "more than 3" in job.error
    assert not Product.objects.exists()


def test_plan_limit_rejects_rows_beyond_the_remaining_room(company, owner, tree, clamd):
    from .factories import published

    published(company, tree["pepper"], 9)
    job = run(start(company, owner, tree, csv_bytes(GOOD)))
    assert job.created_count == 1, job.rejected
    assert [r["row"] for r in job.rejected] == [3]
    assert "limit" in job.rejected[0]["errors"]["plan"][0]


def test_executables_and_oversized_files_are_refused_before_a_job_exists(
    company, owner, tree, clamd
):
    with pytest.raises(ValidationFailed):
        start(company, owner, tree, b"MZ\x90\x00\x03\x00\x00\x00" * 10, name="products.csv")
    with pytest.raises(ValidationFailed):
        start(company, owner, tree, b"a,b\n" * (imports.MAX_BYTES // 4 + 10))
    assert not ImportJob.objects.exists()


def test_xlsx_template_round_trip(company, owner, tree, clamd):
    from openpyxl import load_workbook

    template = imports.template_xlsx(tree["pepper"])
    workbook = load_workbook(io.BytesIO(template))
    sheet = workbook["Products"]
    header = [c.value for c in sheet[1]]
    assert "attr:moisture" in header and "attr:form" in header
    row = dict.fromkeys(header, "")
    row.update(
        {
            "sku": "X1",
            "title": "Pepper",
            "moq": 50,
            "currency": "USD",
            "attr:form": "Whole",
            "attr:moisture": 12,
        }
    )
    sheet.append([row[name] for name in header])
    out = io.BytesIO()
    workbook.save(out)
    job = run(start(company, owner, tree, out.getvalue(), name="products.xlsx"))
    assert job.status == ImportJob.Status.DONE, job.error
    assert job.created_count == 3, job.rejected  # the template's two example rows and ours
    assert Product.objects.filter(sku="X1").exists()


@pytest.mark.django_db(transaction=True)
def test_a_real_worker_runs_the_import(company, owner, tree, clamd, celery_worker):
    celery_app.conf.task_always_eager = False
    job = start(company, owner, tree, csv_bytes(GOOD))
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        job.refresh_from_db()
        if job.status in (ImportJob.Status.DONE, ImportJob.Status.FAILED):
            break
        time.sleep(0.2)
    assert job.status == ImportJob.Status.DONE, job.error
    assert job.created_count == 2
