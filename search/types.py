"""What goes in and out of a search, engine-neutral: plain, frozen dataclasses.

Both engines take a :class:`SearchRequest` and return :class:`SearchResults` whose facets are raw
counts (``{"category": {"12": 40}, ...}``) that ``search.facets`` turns into labelled facets.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

PRODUCTS = "products"
SUPPLIERS = "suppliers"

# Hard limits: no request can ask for an unbounded amount of work.
MAX_PAGE = 100
MAX_PAGE_SIZE = 50
DEFAULT_PAGE_SIZE = 20
MAX_QUERY_CHARS = 200
MAX_TERMS = 8
MAX_MULTI_VALUES = 10  # per multi-valued filter

SORTS = ("relevance", "price_asc", "price_desc", "newest", "rating")
SUPPLIER_SORTS = ("relevance", "newest", "rating", "products")

# Bucket edges (US dollars per unit; MOQ in the product's own unit).
PRICE_BUCKETS: tuple[tuple[str, Decimal | None, Decimal | None], ...] = (
    ("0-1", None, Decimal("1")),
    ("1-5", Decimal("1"), Decimal("5")),
    ("5-20", Decimal("5"), Decimal("20")),
    ("20-100", Decimal("20"), Decimal("100")),
    ("100-500", Decimal("100"), Decimal("500")),
    ("500-", Decimal("500"), None),
)
MOQ_BUCKETS: tuple[tuple[str, Decimal | None, Decimal | None], ...] = (
    ("0-100", None, Decimal("100")),
    ("100-500", Decimal("100"), Decimal("500")),
    ("500-1000", Decimal("500"), Decimal("1000")),
    ("1000-5000", Decimal("1000"), Decimal("5000")),
    ("5000-", Decimal("5000"), None),
)
RATING_THRESHOLDS = (4, 3, 2)


@dataclass(frozen=True)
class Filters:
    """Every filter a search understands; values are already validated (``search.params``).

    Within one multi-valued filter the values are alternatives (OR), except certifications,
    which must all be held (AND); different filters narrow each other (AND)."""

    category: str = ""  # category slug (its whole subtree)
    price_min: Decimal | None = None  # US dollars, "price from" of the product
    price_max: Decimal | None = None
    price: str = ""  # one of PRICE_BUCKETS' keys: [low, high)
    moq: str = ""  # one of MOQ_BUCKETS' keys: (low, high]
    certifications: tuple[str, ...] = ()  # CertificationType codes
    countries: tuple[str, ...] = ()
    states: tuple[str, ...] = ()  # GST state codes
    verified: bool = False
    rating_min: int | None = None
    tiers: tuple[str, ...] = ()  # plan slugs
    payment_terms: tuple[str, ...] = ()
    attributes: tuple[tuple[str, object], ...] = ()  # (key, value) of the category schema

    def is_empty(self) -> bool:
        return self == Filters()


@dataclass(frozen=True)
class SearchRequest:
    query: str = ""
    filters: Filters = field(default_factory=Filters)
    sort: str = "relevance"
    page: int = 1
    page_size: int = DEFAULT_PAGE_SIZE
    language: str = "en"

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.page_size


@dataclass(frozen=True)
class ProductHit:
    id: int
    slug: str
    title: str
    category_slug: str
    category_name: str
    company_id: int
    company_slug: str
    company_name: str
    is_verified: bool
    price_min: Decimal | None
    price_max: Decimal | None
    currency: str
    price_unit: str
    moq: Decimal
    moq_unit: str
    lead_time_days: int | None
    country: str
    state_code: str
    rating_avg: Decimal | None
    rating_count: int
    plan_slug: str
    lang: str
    relevance: float = 0.0


@dataclass(frozen=True)
class SupplierHit:
    id: int
    slug: str
    name: str
    city: str
    country: str
    state_code: str
    is_verified: bool
    evidence: int
    product_count: int
    moq_min: Decimal | None
    price_min_usd: Decimal | None
    price_max_usd: Decimal | None
    rating_avg: Decimal | None
    rating_count: int
    plan_slug: str
    payment_terms: tuple[str, ...]
    export_markets: tuple[str, ...]
    relevance: float = 0.0


@dataclass(frozen=True)
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool = False
    depth: int = 0  # category tree: 0 = ancestors / top level, 1 = children


@dataclass(frozen=True)
class Facet:
    name: str  # the query parameter it sets
    label: str
    values: tuple[FacetValue, ...]
    multiple: bool = False


@dataclass(frozen=True)
class PageInfo:
    page: int
    page_size: int
    total: int
    num_pages: int
    max_page: int = MAX_PAGE

    @property
    def has_next(self) -> bool:
        return self.page < min(self.num_pages, self.max_page)

    @property
    def has_previous(self) -> bool:
        return self.page > 1


@dataclass
class SearchResults:
    kind: str
    query: str
    hits: list
    total: int
    raw_facets: dict[str, dict[str, int]]
    page_info: PageInfo
    sort: str
    corrected_query: str = ""  # what was searched for when words were corrected
    engine: str = ""
    relaxed: bool = False  # too few had every word: these have most of them
    facets: list[Facet] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    ignored: dict[str, list[str]] = field(default_factory=dict)  # unknown filter values


@dataclass(frozen=True)
class Suggestion:
    text: str
    kind: str  # "term", "category", "product", "supplier"
    url: str = ""
