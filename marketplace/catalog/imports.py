"""Bulk product import from CSV or XLSX: templates per category, row-by-row validation before
anything is written, a report of every rejected row, idempotent on the seller's SKU."""

from __future__ import annotations

import csv
import functools
import io
import re
import time
import unicodedata
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from marketplace.audit.services import audit_record
from marketplace.companies.models import Company
from marketplace.files.models import StoredFile
from marketplace.files.services import CSV, SPREADSHEET_KINDS, XLSX, file_store, upload_check
from tradesetu.errors import ValidationFailed

from .models import Category, CategoryAttribute, Currency, ImportJob, Product
from .services import (
    FALSE_WORDS,
    LIST_FIELDS,
    PRODUCT_COLUMNS,
    TRUE_WORDS,
    _apply,
    _unique_slug,
    _validate_product,
    list_choices,
    products_counted,
    unknown_choices_message,
)

MAX_ROWS = 5000
MAX_BYTES = 5 * 1024 * 1024
BASE_COLUMNS = ["sku", "title", *(c for c in PRODUCT_COLUMNS if c not in ("sku", "title"))]
REQUIRED_COLUMNS = {"sku", "title", "moq"}
LIST_SEPARATOR = "|"  # several values in one cell: "FOB|CIF" (";" and "," are read the same way)
ATTR = "attr:"
NUMBER_COLUMNS = {"price_min", "price_max", "moq", "lead_time_days"}
PROGRESS_SECONDS = 0.5  # how often a running import records how far it got


def template_columns(category: Category) -> list[str]:
    return BASE_COLUMNS + [f"{ATTR}{attribute.key}" for attribute in category.schema()]


# --------------------------------------------------------------------------- accepted values


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", str(text)).casefold().split())


@functools.cache
def _spellings(field: str) -> dict[str, str]:
    """Every accepted spelling of a list column's values → its code: the code, the label the
    product form shows (in every site language) and the abbreviation in the label's brackets
    ("Letter of credit (LC)": "LC"), all compared without case."""
    spellings: dict[str, str] = {}
    for code, label in list_choices(field):
        names = {code}
        for language, _name in settings.LANGUAGES:
            with translation.override(language):
                text = str(label)
            names.add(text)
            bracket = re.fullmatch(r"(.+?)\s*\(([^()]+)\)", text)
            if bracket:
                names.update(bracket.groups())
        for name in names:
            spellings.setdefault(_fold(name), code)
    return spellings


def split_list(text: str) -> list[str]:
    """A cell with several values: separated by "|" (documented), ";" or ","."""
    return [part.strip() for part in re.split(r"[|;,]", text) if part.strip()]


def list_codes(field: str, text: str) -> tuple[list[str], list[str]]:
    """The codes a list cell names, and the parts that name nothing known."""
    spellings = _spellings(field)
    codes: list[str] = []
    unknown: list[str] = []
    whole = spellings.get(_fold(text))
    for part in [text] if whole else split_list(text):
        code = spellings.get(_fold(part))
        if code is None:
            unknown.append(part)
        elif code not in codes:
            codes.append(code)
    return codes, unknown


def _yes_no(text: str) -> bool | None:
    word = _fold(text)
    if word in TRUE_WORDS or word == _fold(_("Yes")):
        return True
    if word in FALSE_WORDS or word == _fold(_("No")):
        return False
    return None


# --------------------------------------------------------------------------- templates


@dataclass(frozen=True)
class GuideRow:
    """One column of the template as the instructions describe it."""

    column: str
    label: str
    required: bool
    what: str
    allowed: str = ""


@functools.cache
def _taxonomy_hints() -> dict[tuple[str, str], dict[str, Any]]:
    """Typical values of the shipped taxonomy's attributes, by (category slug, key)."""
    from .taxonomy import taxonomy_nodes

    return {
        (node.slug, attribute["key"]): attribute
        for node in taxonomy_nodes()
        for attribute in node.attributes
    }


def _attribute_example(category: Category, attribute: CategoryAttribute) -> Any:
    hint = _taxonomy_hints().get((attribute.category.slug, attribute.key), {})
    if attribute.type == CategoryAttribute.Type.CHOICE:
        return attribute.choices[0] if attribute.choices else ""
    if attribute.type == CategoryAttribute.Type.BOOLEAN:
        return "yes"
    if attribute.type == CategoryAttribute.Type.NUMBER:
        low, high = hint.get("typical") or (10, 10)
        middle = (Decimal(str(low)) + Decimal(str(high))) / 2
        return int(middle) if middle == middle.to_integral_value() else float(round(middle, 2))
    examples = hint.get("examples") or []
    return examples[0] if examples else _("Example")


def template_guide(category: Category) -> list[GuideRow]:
    """What each column of the category's template takes: the CSV instructions, the XLSX
    Instructions sheet and the page beside the upload form all read this."""

    def separator(*example: str) -> str:
        return _("One or several values separated by %(separator)s, e.g. %(example)s.") % {
            "separator": LIST_SEPARATOR,
            "example": LIST_SEPARATOR.join(example),
        }

    number = _("A number, with a dot for decimals and no thousands separator.")
    rows = [
        GuideRow(
            "sku",
            str(_("Your SKU")),
            True,
            _(
                "Your own product code. A row with a SKU you already have updates that product "
                "instead of adding a copy."
            ),
        ),
        GuideRow("title", str(_("Title")), True, _("Up to 150 characters.")),
        GuideRow(
            "description",
            str(_("Description")),
            False,
            _("Paragraphs, lists, bold and links are kept; anything else is removed."),
        ),
        GuideRow("price_min", str(_("Price from")), False, number),
        GuideRow("price_max", str(_("Price to")), False, number),
        GuideRow(
            "currency",
            str(_("Currency")),
            False,
            _("Empty means USD."),
            ", ".join(Currency.values),
        ),
        GuideRow("price_unit", str(_("Price per (unit)")), False, _("e.g. kg, piece, tonne")),
        GuideRow("moq", str(_("Minimum order quantity")), True, number),
        GuideRow("moq_unit", str(_("MOQ unit")), False, _("e.g. kg, piece, tonne")),
        GuideRow("hs_code", str(_("HS code")), False, _("4 to 10 digits.")),
        GuideRow(
            "lead_time_days", str(_("Lead time (days)")), False, _("A whole number, 0 to 365.")
        ),
        GuideRow("supply_capacity", str(_("Supply capacity")), False, _("e.g. 20 tonnes a month")),
        GuideRow(
            "payment_terms",
            str(_("Payment terms")),
            False,
            separator("advance", "lc"),
            "; ".join(f"{code} ({label})" for code, label in list_choices("payment_terms")),
        ),
        GuideRow(
            "incoterms",
            str(_("Incoterms")),
            False,
            separator("FOB", "CIF"),
            ", ".join(code for code, _label in list_choices("incoterms")),
        ),
        GuideRow("port_of_loading", str(_("Port of loading")), False, _("e.g. Nhava Sheva")),
        GuideRow(
            "samples_available", str(_("Samples available")), False, _("Yes or no."), "yes, no"
        ),
    ]
    for attribute in category.schema():
        label = f"{attribute.label} ({attribute.unit})" if attribute.unit else attribute.label
        if attribute.type == CategoryAttribute.Type.CHOICE:
            what, allowed = _("One of the allowed values."), "; ".join(attribute.choices)
        elif attribute.type == CategoryAttribute.Type.BOOLEAN:
            what, allowed = _("Yes or no."), "yes, no"
        elif attribute.type == CategoryAttribute.Type.NUMBER:
            what, allowed = number, ""
        else:
            what, allowed = _("Text, up to 200 characters."), ""
        rows.append(GuideRow(f"{ATTR}{attribute.key}", label, attribute.required, what, allowed))
    return rows


def template_examples(category: Category) -> list[dict[str, Any]]:
    """Two example rows that import cleanly as they are (a complete one, a minimal one)."""
    schema = category.schema()
    hs_code = category.hs_code_from if 4 <= len(category.hs_code_from or "") <= 10 else ""
    full: dict[str, Any] = {
        "sku": "EXAMPLE-1",
        "title": _("%(category)s, example product") % {"category": category.display_name},
        "description": _("Replace the example rows with your products."),
        "price_min": 4.5,
        "price_max": 5.2,
        "currency": "USD",
        "price_unit": "kg",
        "moq": 500,
        "moq_unit": "kg",
        "hs_code": hs_code,
        "lead_time_days": 21,
        "supply_capacity": _("20 tonnes a month"),
        "payment_terms": LIST_SEPARATOR.join(
            [str(list_choices("payment_terms")[0][1]), list_choices("payment_terms")[1][0]]
        ),
        "incoterms": LIST_SEPARATOR.join(["FOB", "CIF"]),
        "port_of_loading": "Nhava Sheva",
        "samples_available": "yes",
    }
    minimal: dict[str, Any] = {
        "sku": "EXAMPLE-2",
        "title": _("%(category)s, second example") % {"category": category.display_name},
        "moq": 100,
        "moq_unit": "kg",
    }
    for attribute in schema:
        value = _attribute_example(category, attribute)
        full[f"{ATTR}{attribute.key}"] = value
        if attribute.required:
            minimal[f"{ATTR}{attribute.key}"] = value
    return [full, minimal]


def template_csv(category: Category) -> bytes:
    columns = template_columns(category)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(columns)
    for example in template_examples(category):
        writer.writerow([example.get(column, "") for column in columns])
    return ("\ufeff" + out.getvalue()).encode()


def guide_csv(category: Category) -> bytes:
    """The instructions as a CSV of their own (a template's CSV keeps only data rows)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(
        [_("column"), _("name"), _("required"), _("what to enter"), _("allowed values")]
    )
    for row in template_guide(category):
        writer.writerow(
            [row.column, row.label, _("yes") if row.required else _("no"), row.what, row.allowed]
        )
    return ("\ufeff" + out.getvalue()).encode()


def template_xlsx(category: Category) -> bytes:
    """Products (header and example rows, drop-down lists where one value is allowed) and an
    Instructions sheet."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter, quote_sheetname
    from openpyxl.worksheet.datavalidation import DataValidation

    columns = template_columns(category)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Products"
    sheet.append(columns)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for example in template_examples(category):
        sheet.append([example.get(column, "") for column in columns])
    sheet.freeze_panes = "A2"

    help_sheet = workbook.create_sheet("Instructions")
    help_sheet.append(
        [_("column"), _("name"), _("required"), _("what to enter"), _("allowed values")]
    )
    for cell in help_sheet[1]:
        cell.font = Font(bold=True)
    for row in template_guide(category):
        help_sheet.append(
            [row.column, row.label, _("yes") if row.required else _("no"), row.what, row.allowed]
        )
    help_sheet.append([])
    help_sheet.append(
        [
            _(
                "Several values in one cell (payment terms, Incoterms): separate them with %(separator)s."
            )
            % {"separator": LIST_SEPARATOR}
        ]
    )
    help_sheet.append(
        [
            _(
                "The first sheet is imported; the rows EXAMPLE-1 and EXAMPLE-2 are examples: replace them."
            )
        ]
    )

    # single-value columns get a drop-down list read from a hidden sheet
    lists = workbook.create_sheet("Lists")
    lists.sheet_state = "hidden"
    one_of = {"currency": list(Currency.values), "samples_available": ["yes", "no"]}
    for attribute in category.schema():
        if attribute.type == CategoryAttribute.Type.CHOICE and attribute.choices:
            one_of[f"{ATTR}{attribute.key}"] = list(attribute.choices)
        elif attribute.type == CategoryAttribute.Type.BOOLEAN:
            one_of[f"{ATTR}{attribute.key}"] = ["yes", "no"]
    for n, (column, values) in enumerate(one_of.items(), start=1):
        letter = get_column_letter(n)
        lists.cell(row=1, column=n, value=column)
        for row_number, value in enumerate(values, start=2):
            lists.cell(row=row_number, column=n, value=value)
        validation = DataValidation(
            type="list",
            formula1=f"{quote_sheetname('Lists')}!${letter}$2:${letter}${len(values) + 1}",
            allow_blank=True,
        )
        validation.error = _("Choose one of the listed values.")
        validation.showErrorMessage = True
        target = get_column_letter(columns.index(column) + 1)
        validation.add(f"{target}2:{target}{MAX_ROWS + 1}")
        sheet.add_data_validation(validation)
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


def _row_data(
    header: list[str], row: list[Any], category: Category
) -> tuple[dict[str, Any], dict[str, list[str]]]:
    """A row's cells as service data, and what could not be read (one message per column)."""
    values = {name: (row[i] if i < len(row) else "") for i, name in enumerate(header) if name}
    data: dict[str, Any] = {"category": category, "attributes": {}}
    errors: dict[str, list[str]] = {}
    for name, raw in values.items():
        text = str(raw).strip() if raw is not None else ""
        if not text:
            continue  # an empty cell keeps the default (new product) or the current value
        if name.startswith(ATTR):
            data["attributes"][name[len(ATTR) :]] = (
                raw if isinstance(raw, int | float | bool) else text
            )
        elif name in LIST_FIELDS:
            codes, unknown = list_codes(name, text)
            if unknown:
                errors[name] = [unknown_choices_message(name, unknown)]
            data[name] = codes
        elif name == "samples_available":
            answer = raw if isinstance(raw, bool) else _yes_no(text)
            if answer is None:
                errors[name] = [_("Answer yes or no.")]
            else:
                data[name] = answer
        elif name in NUMBER_COLUMNS:
            try:
                data[name] = _number(raw, text, name)
            except ValueError as error:
                errors[name] = [str(error)]
        elif name == "currency":
            data[name] = text.upper()
        else:
            data[name] = text
    return data, errors


def _number(raw: Any, text: str, name: str):
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        value = Decimal(str(raw))
    else:
        try:
            value = Decimal(text.replace(",", "").replace(" ", ""))
        except InvalidOperation:
            raise ValueError(_("Enter a number.")) from None
    if not value.is_finite():
        raise ValueError(_("Enter a number."))
    if name == "lead_time_days":
        if value != value.to_integral_value():
            raise ValueError(_("Enter a whole number of days."))
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
    last_report = time.monotonic()
    for index, row in enumerate(body, start=2):
        data, errors = _row_data(header, row, job.category)
        try:
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
            try:
                _validate_product(probe, None)
            except ValidationFailed as error:
                for column, messages in error.fields.items():
                    errors.setdefault(column, messages)  # a cell that could not be read says so
            if errors:
                raise ValidationFailed(_("Please correct the errors below."), fields=errors)
            data["attributes"] = probe.attributes
            if product.pk:
                plan.updates.append((index, product, data))
            else:
                plan.creates.append((index, data))
        except ValidationFailed as error:
            fields = {**errors, **error.fields} if error.fields else errors
            plan.rejected.append({"row": index, "errors": fields or {"row": [error.message]}})
        if on_progress and (
            index - 1 == len(body) or time.monotonic() - last_report >= PROGRESS_SECONDS
        ):
            last_report = time.monotonic()
            on_progress(index - 1, len(plan.rejected))
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

    def progress(done: int, rejected: int) -> None:
        ImportJob.objects.filter(pk=job.pk).update(processed_rows=done, rejected_rows=rejected)

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
            rejected_rows=len(plan.rejected),
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
