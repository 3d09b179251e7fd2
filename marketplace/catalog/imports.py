"""Bulk product import from CSV or XLSX: templates per category, row-by-row validation before
anything is written, a report of every rejected row, idempotent on the seller's SKU."""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass, field
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from marketplace.audit.services import audit_record
from marketplace.companies.models import Company
from marketplace.files.models import StoredFile
from marketplace.files.services import CSV, SPREADSHEET_KINDS, XLSX, file_store, upload_check
from tradesetu.errors import ValidationFailed

from .models import Category, ImportJob, Product
from .services import (
    PRODUCT_COLUMNS,
    _apply,
    _unique_slug,
    _validate_product,
    products_counted,
)

MAX_ROWS = 5000
MAX_BYTES = 5 * 1024 * 1024
BASE_COLUMNS = ["sku", "title", *(c for c in PRODUCT_COLUMNS if c not in ("sku", "title"))]
REQUIRED_COLUMNS = {"sku", "title", "moq"}
LIST_COLUMNS = {"payment_terms", "incoterms"}
ATTR = "attr:"


def template_columns(category: Category) -> list[str]:
    return BASE_COLUMNS + [f"{ATTR}{attribute.key}" for attribute in category.schema()]


def template_csv(category: Category) -> bytes:
    out = io.StringIO()
    csv.writer(out).writerow(template_columns(category))
    return ("\ufeff" + out.getvalue()).encode()


def template_xlsx(category: Category) -> bytes:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Products"
    sheet.append(template_columns(category))
    help_sheet = workbook.create_sheet("Help")
    help_sheet.append(["column", "label", "type", "unit", "required", "allowed values"])
    for attribute in category.schema():
        help_sheet.append(
            [
                f"{ATTR}{attribute.key}",
                attribute.label,
                attribute.type,
                attribute.unit,
                "yes" if attribute.required else "no",
                ", ".join(attribute.choices),
            ]
        )
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


class FileProblem(Exception):
    """The file as a whole cannot be imported (nothing is written)."""


def read_rows(data: bytes, file_format: str) -> tuple[list[str], list[list[Any]]]:
    if file_format == CSV.extension:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise FileProblem(
                _(
                    "The file is not UTF-8 text. In Excel use “Save as → CSV UTF-8”, or upload .xlsx."
                )
            ) from None
        reader = csv.reader(io.StringIO(text))
        rows = list(reader)
    else:
        from openpyxl import load_workbook

        try:
            workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        except (zipfile.BadZipFile, KeyError, ValueError, OSError):
            raise FileProblem(_("This is not an Excel workbook (.xlsx).")) from None
        sheet = workbook.worksheets[0]
        rows = []
        for row in sheet.iter_rows(values_only=True):
            rows.append(["" if cell is None else cell for cell in row])
            if len(rows) > MAX_ROWS + 1:
                break
        workbook.close()
    if not rows:
        raise FileProblem(_("The file is empty."))
    header = [str(h).strip().lower() for h in rows[0]]
    body = [row for row in rows[1:] if any(str(cell).strip() for cell in row)]
    if len(body) > MAX_ROWS:
        raise FileProblem(
            _("The file has more than %(max)s products. Split it into smaller files.")
            % {"max": MAX_ROWS}
        )
    return header, body


def check_header(header: list[str], category: Category) -> None:
    allowed = set(template_columns(category))
    unknown = [h for h in header if h and h not in allowed]
    missing = sorted(REQUIRED_COLUMNS - set(header))
    duplicated = sorted({h for h in header if h and header.count(h) > 1})
    problems = []
    if missing:
        problems.append(_("Missing columns: %(columns)s.") % {"columns": ", ".join(missing)})
    if unknown:
        problems.append(
            _("Unknown columns: %(columns)s. Download the template for this category.")
            % {"columns": ", ".join(unknown)}
        )
    if duplicated:
        problems.append(_("Repeated columns: %(columns)s.") % {"columns": ", ".join(duplicated)})
    if problems:
        raise FileProblem(" ".join(problems))


def _row_data(header: list[str], row: list[Any], category: Category) -> dict[str, Any]:
    values = {name: (row[i] if i < len(row) else "") for i, name in enumerate(header) if name}
    data: dict[str, Any] = {"category": category, "attributes": {}}
    for name, raw in values.items():
        text = str(raw).strip() if raw is not None else ""
        if not text:
            continue  # an empty cell keeps the default (new product) or the current value
        if name.startswith(ATTR):
            if text:
                data["attributes"][name[len(ATTR) :]] = (
                    raw if isinstance(raw, int | float | bool) else text
                )
        elif name in LIST_COLUMNS:
            data[name] = [
                part.strip().lower() if name == "payment_terms" else part.strip().upper()
                for part in text.replace(";", ",").split(",")
                if part.strip()
            ]
        elif name == "samples_available":
            data[name] = text.lower() in {"yes", "true", "1", "y"}
        elif name in {"price_min", "price_max", "moq", "lead_time_days"}:
            data[name] = _number(text, name)
        elif name == "currency":
            data[name] = text.upper() or "USD"
        else:
            data[name] = text
    return data


def _number(text: str, name: str):
    if not text:
        return None
    from decimal import Decimal, InvalidOperation

    try:
        value = Decimal(text.replace(",", ""))
    except InvalidOperation:
        raise ValidationFailed.field(name, _("Enter a number.")) from None
    if name == "lead_time_days":
        return int(value)
    return value


@dataclass
class Plan:
    creates: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    updates: list[tuple[int, Product, dict[str, Any]]] = field(default_factory=list)
    rejected: list[dict[str, Any]] = field(default_factory=list)


def validate_rows(
    job: ImportJob, header: list[str], body: list[list[Any]], on_progress=None
) -> Plan:
    """Validate every row without writing; a row's number is its line in the file."""
    plan = Plan()
    existing = {p.sku: p for p in Product.objects.filter(company=job.company).exclude(sku="")}
    seen: set[str] = set()
    for index, row in enumerate(body, start=2):
        try:
            data = _row_data(header, row, job.category)
            sku = str(data.get("sku") or "").strip()
            if not sku:
                raise ValidationFailed.field(
                    "sku", _("Every row needs a SKU (your own product code).")
                )
            if sku in seen:
                raise ValidationFailed.field("sku", _("This SKU appears twice in the file."))
            seen.add(sku)
            product = existing.get(sku) or Product(company=job.company)
            if product.pk and product.status == Product.Status.SUSPENDED:
                raise ValidationFailed.field(
                    "sku", _("This product is suspended and cannot be updated.")
                )
            probe = Product(
                **{f.attname: getattr(product, f.attname) for f in Product._meta.concrete_fields}
            )
            probe._state.adding = product._state.adding
            _apply(probe, dict(data))
            _validate_product(probe, None)
            data["attributes"] = probe.attributes
            if product.pk:
                plan.updates.append((index, product, data))
            else:
                plan.creates.append((index, data))
        except ValidationFailed as error:
            plan.rejected.append({"row": index, "errors": error.fields or {"row": [error.message]}})
        if on_progress and index % 100 == 0:
            on_progress(index - 1)
    return plan


def import_start(
    *, company: Company, actor, upload, category: Category, publish: bool = False, request=None
) -> ImportJob:
    """Check and store the file, create the job and queue the Celery task after commit."""
    from marketplace.companies.services import require

    from .tasks import import_run

    require(actor, "view_company", company)
    if not category.is_leaf:
        raise ValidationFailed.field("category", _("Choose the most specific category."))
    checked = upload_check(
        upload=upload,
        usage=StoredFile.Usage.IMPORT,
        uploaded_by=actor,
        kinds=SPREADSHEET_KINDS,
        max_bytes=MAX_BYTES,
        request=request,
    )
    with transaction.atomic():
        stored = file_store(checked=checked, usage=StoredFile.Usage.IMPORT, uploaded_by=actor)
        job = ImportJob.objects.create(
            company=company,
            created_by=actor,
            category=category,
            file=stored,
            file_format=checked.kind.extension if checked.kind in (CSV, XLSX) else "csv",
            publish=publish,
        )
        audit_record(action="import.start", entity=job, actor=actor, request=request)
        transaction.on_commit(lambda: import_run.delay(job.pk))
    return job


def import_run_job(job_id: int) -> ImportJob:
    """Run one import (the Celery task body). Re-running a finished job does nothing."""
    from billing.selectors import plan_effective

    job = ImportJob.objects.select_related("company", "category", "file").get(pk=job_id)
    if job.status in (ImportJob.Status.DONE, ImportJob.Status.FAILED):
        return job
    ImportJob.objects.filter(pk=job.pk).update(status=ImportJob.Status.RUNNING)
    try:
        with job.file.file.open("rb") as handle:
            header, body = read_rows(handle.read(), job.file_format)
        check_header(header, job.category)
    except FileProblem as problem:
        ImportJob.objects.filter(pk=job.pk).update(
            status=ImportJob.Status.FAILED, error=str(problem), finished_at=timezone.now()
        )
        job.refresh_from_db()
        return job
    ImportJob.objects.filter(pk=job.pk).update(total_rows=len(body))

    def progress(done: int) -> None:
        ImportJob.objects.filter(pk=job.pk).update(processed_rows=int(done * 0.9))

    plan = validate_rows(job, header, body, on_progress=progress)
    with transaction.atomic():
        Company.objects.select_for_update().get(pk=job.company_id)
        limit = plan_effective(job.company).max_products
        room = None if limit is None else max(0, limit - products_counted(job.company))
        creates = plan.creates
        if room is not None and len(creates) > room:
            for index, _data in creates[room:]:
                plan.rejected.append(
                    {
                        "row": index,
                        "errors": {
                            "plan": [
                                _(
                                    "Your plan's product limit (%(limit)s) is reached. Upgrade to import more."
                                )
                                % {"limit": limit}
                            ]
                        },
                    }
                )
            creates = creates[:room]
        status = Product.Status.PUBLISHED if job.publish else Product.Status.DRAFT
        for _index, data in creates:
            product = Product(company=job.company, created_by=job.created_by)
            _apply(product, data)
            product.slug = _unique_slug(product.title)
            product.status = status
            product.published_at = timezone.now() if job.publish else None
            product.save()
        for _index, product, data in plan.updates:
            _apply(product, data)
            product.save()
        plan.rejected.sort(key=lambda r: r["row"])
        ImportJob.objects.filter(pk=job.pk).update(
            status=ImportJob.Status.DONE,
            processed_rows=len(body),
            created_count=len(creates),
            updated_count=len(plan.updates),
            rejected=plan.rejected,
            finished_at=timezone.now(),
        )
        audit_record(
            action="import.finish",
            entity=job,
            actor=job.created_by,
            diff={
                "created": len(creates),
                "updated": len(plan.updates),
                "rejected": len(plan.rejected),
            },
        )
    job.refresh_from_db()
    return job
