"""Bulk import speaks the product form's language: list values by code or by the label the form
shows, in any case, with the documented separator; the downloadable templates carry example
rows that import as they are, plus instructions (allowed values, separator); the job page shows
its progress by itself and stops asking when done."""

from __future__ import annotations

import csv
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

from marketplace.catalog import imports
from marketplace.catalog.models import ImportJob, Product
from tradesetu.celery import app as celery_app

pytestmark = pytest.mark.django_db

HEADER = ["sku", "title", "moq", "payment_terms", "incoterms", "attr:form", "attr:moisture"]


@pytest.fixture(autouse=True)
def _eager():
    previous = celery_app.conf.task_always_eager
    celery_app.conf.task_always_eager = True
    yield
    celery_app.conf.task_always_eager = previous


def csv_bytes(rows, header=HEADER) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue().encode()


def run(company, owner, category, data: bytes, name="products.csv") -> ImportJob:
    upload = SimpleUploadedFile(name, data, content_type="text/csv")
    job = imports.import_start(company=company, actor=owner, upload=upload, category=category)
    return imports.import_run_job(job.pk)


def test_list_cells_take_codes_and_form_labels_in_any_case(company, owner, tree, clamd):
    """The values the product form shows ("advance payment", "Letter of credit (LC)", FOB|CIF)
    import, which the issue found refused."""
    rows = [
        ["P-1", "Pepper", "10", "advance payment", "FOB|CIF", "Whole", "11"],
        ["P-2", "Pepper 2", "10", "Letter of credit (LC)|tt", "fob; cif", "Whole", "11"],
        ["P-3", "Pepper 3", "10", "ADVANCE, Net 30 days", "DDP", "Whole", "11"],
    ]
    job = run(company, owner, tree["pepper"], csv_bytes(rows))
    assert job.rejected == [] and job.created_count == 3
    products = {p.sku: p for p in Product.objects.all()}
    assert products["P-1"].payment_terms == ["advance"]
    assert products["P-1"].incoterms == ["FOB", "CIF"]
    assert products["P-2"].payment_terms == ["lc", "tt"]
    assert products["P-2"].incoterms == ["FOB", "CIF"]
    assert products["P-3"].payment_terms == ["advance", "net30"]


def test_a_label_in_another_site_language_is_understood(company, owner, tree, clamd):
    """A Spanish seller types the label their form shows."""
    with translation.override("es"):
        job = run(
            company,
            owner,
            tree["pepper"],
            csv_bytes([["P-1", "Pimienta", "10", "Pago por adelantado", "FOB", "Whole", "11"]]),
        )
    assert job.rejected == [], job.rejected
    assert Product.objects.get().payment_terms == ["advance"]


def test_unknown_values_are_rejected_once_with_the_allowed_values(company, owner, tree, clamd):
    """One message per problem, naming what is accepted; other problems of the row reported
    beside it."""
    rows = [["P-1", "Pepper", "ten", "cheque", "FOB|XYZ", "Whole", "11"]]
    job = run(company, owner, tree["pepper"], csv_bytes(rows))
    assert job.created_count == 0
    errors = job.rejected[0]["errors"]
    assert errors["payment_terms"] == [errors["payment_terms"][0]]
    assert "cheque" in errors["payment_terms"][0]
    assert "advance (Advance payment)" in errors["payment_terms"][0]
    assert "XYZ" in errors["incoterms"][0] and "FOB" not in errors["incoterms"][0].split(":")[1]
    assert "DDP" in errors["incoterms"][0]
    assert errors["moq"] == ["Enter a number."]


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_the_downloaded_template_imports_as_it_is(company, owner, tree, clamd, file_format):
    """Both templates carry example rows (a full one, a minimal one) that import cleanly."""
    data = (
        imports.template_csv(tree["pepper"])
        if file_format == "csv"
        else imports.template_xlsx(tree["pepper"])
    )
    job = run(company, owner, tree["pepper"], data, name=f"template.{file_format}")
    assert job.status == ImportJob.Status.DONE, job.error
    assert job.rejected == [] and job.created_count == 2
    full = Product.objects.get(sku="EXAMPLE-1")
    assert full.payment_terms == ["advance", "lc"] and full.incoterms == ["FOB", "CIF"]
    assert full.attributes["form"] == "Whole" and full.samples_available is True
    assert Product.objects.get(sku="EXAMPLE-2").status == Product.Status.DRAFT


def test_csv_template_has_header_then_example_rows_and_no_comments(tree):
    """Spreadsheet programs read the CSV as data only: the header, then the examples."""
    text = imports.template_csv(tree["pepper"]).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == imports.template_columns(tree["pepper"])
    assert [row[0] for row in rows[1:]] == ["EXAMPLE-1", "EXAMPLE-2"]
    assert rows[1][rows[0].index("incoterms")] == "FOB|CIF"


def test_instructions_list_allowed_values_and_the_separator(tree):
    """The XLSX Instructions sheet, the instructions CSV and the guide page share one guide."""
    from openpyxl import load_workbook

    workbook = load_workbook(io.BytesIO(imports.template_xlsx(tree["pepper"])))
    assert workbook.sheetnames[0] == "Products"
    instructions = [
        [str(c or "") for c in row] for row in workbook["Instructions"].iter_rows(values_only=True)
    ]
    by_column = {row[0]: row for row in instructions if row and row[0]}
    assert "lc (Letter of credit (LC))" in by_column["payment_terms"][4]
    assert "FOB" in by_column["incoterms"][4]
    assert by_column["attr:form"][4] == "Whole; Powder" and by_column["attr:form"][2] == "yes"
    assert any("|" in row[0] and "separate" in row[0] for row in instructions)
    validations = workbook["Products"].data_validations.dataValidation
    assert any("Lists" in v.formula1 for v in validations)
    guide = imports.guide_csv(tree["pepper"]).decode("utf-8-sig")
    assert "payment_terms" in guide and "Letter of credit (LC)" in guide


def test_template_downloads_and_guide_page(client, owner, tree):
    """The import page links the templates of the chosen category (also without JavaScript:
    ?category=) and the guide page lists the columns."""
    client.force_login(owner)
    pepper = tree["pepper"].pk
    page = client.get(f"/dashboard/seller/import/?category={pepper}").content.decode()
    assert f"/dashboard/seller/import/template/{pepper}.csv" in page
    assert f"/dashboard/seller/import/template/{pepper}/" in page
    for suffix, kind in (
        (".csv", "text/csv"),
        (".xlsx", "spreadsheet"),
        (".instructions.csv", "text/csv"),
    ):
        response = client.get(f"/dashboard/seller/import/template/{pepper}{suffix}")
        assert response.status_code == 200 and kind in response["Content-Type"]
    guide = client.get(f"/dashboard/seller/import/template/{pepper}/").content.decode()
    assert "attr:moisture" in guide and "Letter of credit (LC)" in guide
    spices = tree["spices"].pk
    assert client.get(f"/dashboard/seller/import/template/{spices}.csv").status_code == 404


def test_progress_is_recorded_while_rows_are_checked(company, owner, tree, clamd, monkeypatch):
    """Rows checked and rejected so far reach the job while it runs, not only at the end."""
    monkeypatch.setattr(imports, "PROGRESS_SECONDS", 0)
    seen = []
    rows = [["P-1", "Pepper", "10", "", "FOB", "Whole", "11"], ["P-2", "x", "0", "", "", "", ""]]
    upload = SimpleUploadedFile("p.csv", csv_bytes(rows), content_type="text/csv")
    job = imports.import_start(company=company, actor=owner, upload=upload, category=tree["pepper"])
    header, body = imports.read_rows(csv_bytes(rows), "csv")
    imports.validate_rows(job, header, body, on_progress=lambda d, r: seen.append((d, r)))
    assert seen == [(1, 0), (2, 1)]
    job = imports.import_run_job(job.pk)
    assert (job.processed_rows, job.rejected_rows, job.accepted_rows) == (2, 1, 1)


def test_job_page_polls_with_counts_until_done(client, owner, company, tree):
    """A queued or running job's status section asks again every second by itself (htmx) and
    shows rows checked / accepted / rejected; a finished one stops asking."""
    from marketplace.files.models import StoredFile
    from tests.companies.factories import stored_pdf

    stored = stored_pdf(owner, usage=StoredFile.Usage.IMPORT)
    job = ImportJob.objects.create(
        company=company,
        created_by=owner,
        category=tree["pepper"],
        file=stored,
        file_format="csv",
        status=ImportJob.Status.RUNNING,
        total_rows=200,
        processed_rows=120,
        rejected_rows=20,
    )
    client.force_login(owner)
    page = client.get(f"/dashboard/seller/import/{job.pk}/").content.decode()
    assert 'hx-trigger="every 1s"' in page
    assert page.count("htmx-2.min.js") == 1  # htmx loaded once (base.html)
    partial = client.get(f"/dashboard/seller/import/{job.pk}/", HTTP_HX_REQUEST="true")
    html = partial.content.decode()
    assert "<html" not in html and 'hx-trigger="every 1s"' in html
    assert "120 of 200" in html
    assert 'data-testid="count-accepted">100<' in html
    assert 'data-testid="count-rejected">20<' in html
    ImportJob.objects.filter(pk=job.pk).update(
        status=ImportJob.Status.DONE,
        created_count=150,
        updated_count=30,
        rejected=[{"row": 3}] * 20,
    )
    html = client.get(
        f"/dashboard/seller/import/{job.pk}/", HTTP_HX_REQUEST="true"
    ).content.decode()
    assert "hx-get" not in html and "hx-trigger" not in html
    assert 'data-testid="count-accepted">180<' in html


def test_every_leaf_of_the_shipped_taxonomy_has_a_template_that_validates(company):
    """The example rows of all 221 leaf categories (their own required specifications, choices
    and numbers) pass the row checks as they are (CSV; XLSX, which writes the same rows, for
    one leaf of each top category)."""
    from marketplace.catalog.models import Category
    from marketplace.catalog.taxonomy import taxonomy_load, taxonomy_nodes

    taxonomy_load()
    slugs = {node.slug for node in taxonomy_nodes() if node.is_leaf}
    leaves = list(
        Category.objects.filter(children__isnull=True, slug__in=slugs).select_related(
            "parent__parent"
        )
    )
    assert len(leaves) == 221
    tops_seen: set[int] = set()
    for leaf in leaves:
        job = ImportJob(company=company, category=leaf)
        formats = [(imports.template_csv(leaf), "csv")]
        if leaf.parent.parent_id not in tops_seen:
            tops_seen.add(leaf.parent.parent_id)
            formats.append((imports.template_xlsx(leaf), "xlsx"))
        for data, file_format in formats:
            header, body = imports.read_rows(data, file_format)
            imports.check_header(header, leaf)
            plan = imports.validate_rows(job, header, body)
            assert plan.rejected == [], (leaf.slug, file_format, plan.rejected)
            assert len(plan.creates) == 2
    assert len(tops_seen) == 15
