"""Query-string parameters → a validated ``SearchRequest``, the same for pages and the API.

Policy for bad input (the issue's "never a 500, never unbounded"):

* a page beyond ``MAX_PAGE``, a page size beyond ``MAX_PAGE_SIZE`` and, for the API, a query
  longer than ``MAX_QUERY_CHARS`` are refused with a 400 (``ValidationFailed``) naming the limit;
  the web page shortens an over-long query instead and says so;
* unknown facet values (a category, certification, state or plan that does not exist) are
  dropped and listed in ``ignored``; results are what the valid filters give;
* a price range upside down is swapped (with a notice); non-numbers are ignored;
* the query itself is only ever words (see ``text.py``): SQL or DSL in it is searched as text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext as _
from django_countries import countries

from marketplace.companies.models import PaymentTerm
from marketplace.companies.validators import GST_STATES
from tradesetu.errors import ValidationFailed

from .lookups import tables
from .types import (
    DEFAULT_PAGE_SIZE,
    MAX_MULTI_VALUES,
    MAX_PAGE,
    MAX_PAGE_SIZE,
    MAX_QUERY_CHARS,
    MOQ_BUCKETS,
    PRICE_BUCKETS,
    PRODUCTS,
    RATING_THRESHOLDS,
    SORTS,
    SUPPLIER_SORTS,
    Filters,
    SearchRequest,
)

MULTI = ("cert", "country", "state", "tier", "terms")


@dataclass
class Parsed:
    request: SearchRequest
    notices: list[str] = field(default_factory=list)
    ignored: dict[str, list[str]] = field(default_factory=dict)


def _values(params, name: str) -> list[str]:
    """Repeated (?cert=a&cert=b) or comma-separated (?cert=a,b) values, de-duplicated."""
    raw = params.getlist(name) if hasattr(params, "getlist") else params.get(name, [])
    if isinstance(raw, str):
        raw = [raw]
    values: list[str] = []
    for item in raw:
        for value in str(item).split(","):
            value = value.strip()[:80]
            if value and value not in values:
                values.append(value)
    return values


def _decimal(value: str) -> Decimal | None:
    try:
        number = Decimal(value)
    except (InvalidOperation, TypeError, ValueError):
        return None
    if not number.is_finite() or number < 0 or number > Decimal("1e12"):
        return None
    return number.quantize(Decimal("0.01"))


def _int(value, name: str, *, default: int, maximum: int, message: str) -> int:
    if value in (None, ""):
        return default
    try:
        number = int(str(value).strip()[:12])
    except ValueError:
        raise ValidationFailed.field(name, _("Give a whole number.")) from None
    if number < 1:
        raise ValidationFailed.field(name, _("Give a number of at least 1."))
    if number > maximum:
        raise ValidationFailed.field(name, message)
    return number


def parse(params, *, kind: str = PRODUCTS, strict: bool, language: str = "en") -> Parsed:
    """``strict`` (the API) refuses an over-long query; pages shorten it."""
    notices: list[str] = []
    ignored: dict[str, list[str]] = {}
    lookup = tables()

    query = str(params.get("q", "") or "")
    if len(query) > MAX_QUERY_CHARS:
        if strict:
            raise ValidationFailed.field(
                "q",
                _("Search for at most %(n)s characters.") % {"n": MAX_QUERY_CHARS},
            )
        query = query[:MAX_QUERY_CHARS]
        notices.append(
            _("Your search was shortened to its first %(n)s characters.") % {"n": MAX_QUERY_CHARS}
        )

    page = _int(
        params.get("page"),
        "page",
        default=1,
        maximum=MAX_PAGE,
        message=_("Only the first %(n)s pages of results can be shown: narrow your search.")
        % {"n": MAX_PAGE},
    )
    page_size = _int(
        params.get("page_size"),
        "page_size",
        default=DEFAULT_PAGE_SIZE,
        maximum=MAX_PAGE_SIZE,
        message=_("At most %(n)s results per page.") % {"n": MAX_PAGE_SIZE},
    )

    sorts = SORTS if kind == PRODUCTS else SUPPLIER_SORTS
    sort = str(params.get("sort", "") or "relevance")
    if sort not in sorts:
        ignored["sort"] = [sort[:40]]
        sort = "relevance"

    def keep(name: str, values: list[str], valid) -> tuple[str, ...]:
        good = [v for v in values if valid(v)][:MAX_MULTI_VALUES]
        bad = [v for v in values if not valid(v)]
        if bad:
            ignored[name] = bad[:MAX_MULTI_VALUES]
        return tuple(good)

    category = str(params.get("category", "") or "")[:140]
    if category and category not in lookup.category_by_slug:
        ignored["category"] = [category]
        category = ""

    certifications = keep("cert", _values(params, "cert"), lambda v: v in lookup.cert_by_code)
    country_codes = {code for code, _name in countries}
    country_list = keep(
        "country", [v.upper() for v in _values(params, "country")], country_codes.__contains__
    )
    states = keep("state", _values(params, "state"), lambda v: v in GST_STATES)
    tiers = keep("tier", _values(params, "tier"), lambda v: v in lookup.plans)
    terms = keep("terms", _values(params, "terms"), lambda v: v in PaymentTerm.values)

    price_min = _decimal(str(params.get("price_min", "") or ""))
    price_max = _decimal(str(params.get("price_max", "") or ""))
    for name, raw, value in (
        ("price_min", params.get("price_min"), price_min),
        ("price_max", params.get("price_max"), price_max),
    ):
        if raw not in (None, "") and value is None:
            ignored[name] = [str(raw)[:40]]
    if price_min is not None and price_max is not None and price_min > price_max:
        price_min, price_max = price_max, price_min
        notices.append(_("The price range was upside down: we swapped it."))

    price = str(params.get("price", "") or "")
    if price and price not in {name for name, _l, _h in PRICE_BUCKETS}:
        ignored["price"] = [price[:40]]
        price = ""
    moq = str(params.get("moq", "") or "")
    if moq and moq not in {name for name, _l, _h in MOQ_BUCKETS}:
        ignored["moq"] = [moq[:40]]
        moq = ""

    rating_min = None
    raw_rating = str(params.get("rating", "") or "")
    if raw_rating:
        if raw_rating.isdigit() and int(raw_rating) in RATING_THRESHOLDS:
            rating_min = int(raw_rating)
        else:
            ignored["rating"] = [raw_rating[:10]]

    verified = str(params.get("verified", "") or "").lower() in ("1", "true", "yes", "on")

    attributes: list[tuple[str, object]] = []
    if category and kind == PRODUCTS:
        attributes = _attribute_filters(params, category, ignored)

    filters = Filters(
        category=category,
        price_min=price_min,
        price_max=price_max,
        price=price,
        moq=moq if kind == PRODUCTS else "",
        certifications=certifications,
        countries=country_list,
        states=states,
        verified=verified,
        rating_min=rating_min,
        tiers=tiers,
        payment_terms=terms,
        attributes=tuple(attributes),
    )
    request = SearchRequest(
        query=query, filters=filters, sort=sort, page=page, page_size=page_size, language=language
    )
    return Parsed(request=request, notices=notices, ignored=ignored)


def _attribute_filters(params, category_slug: str, ignored: dict) -> list[tuple[str, object]]:
    """``a_<key>=<value>`` for the category's filterable choice / yes-no attributes."""
    from marketplace.catalog.models import Category

    keys = [k for k in (params.keys() if hasattr(params, "keys") else []) if k.startswith("a_")]
    if not keys:
        return []
    category = Category.objects.filter(slug=category_slug).first()
    schema = {a.key: a for a in category.schema()} if category else {}
    chosen: list[tuple[str, object]] = []
    for name in keys[:MAX_MULTI_VALUES]:
        key, value = name[2:], str(params.get(name, ""))[:80]
        attribute = schema.get(key)
        if not value:
            continue
        if attribute is None or not attribute.filterable:
            ignored[name] = [value]
        elif attribute.type == "boolean" and value in ("true", "false"):
            chosen.append((key, value == "true"))
        elif attribute.type == "choice" and value in attribute.choices:
            chosen.append((key, value))
        else:
            ignored[name] = [value]
    return chosen


def query_string(params, **changes) -> str:
    """The current parameters with some changed (None removes one); page resets to 1."""
    from django.http import QueryDict

    result = QueryDict(mutable=True)
    for key in params:
        if key in ("page", "partial"):
            continue
        result.setlist(key, params.getlist(key))
    for key, value in changes.items():
        if value is None:
            result.pop(key, None)
        elif isinstance(value, list | tuple):
            result.setlist(key, list(value))
        else:
            result[key] = value
    return result.urlencode()
