"""Which sellers receive an RFQ, and in which order (design §4 and §8 phase 1).

Eligible: seller companies that are Verified Suppliers, not blocked, on a plan that allows
leads, that do not list the destination among their "countries not served", and that are not
the buyer's own company. Export markets are experience (a score factor), not a limit: a seller
who has not shipped to a country yet still receives its RFQs unless it says it does not serve it.

The buyer chooses how many sellers receive the RFQ (1–10). Routing keeps that promise by widening
in documented steps, each used only when the narrower ones hold fewer eligible sellers than asked:

1. ``category``: sellers with a published product in the RFQ's category;
2. ``siblings``: sellers with products in a sibling category (same parent, e.g. turmeric powder
   for turmeric fingers);
3. ``parent``: sellers with products anywhere under the parent's own parent (the wider branch,
   e.g. all spices);
4. ``words``: sellers anywhere in the catalogue with a product whose title matches the RFQ's
   words: at least half of the title's content words (English stems, stop words left out; at
   least one), e.g. "Turmeric oleoresin" for "Turmeric fingers".

A seller *matches* the RFQ when it has a product in the RFQ's category or a product matching its
words. Matching sellers always rank above sellers that do not match, whatever their score: a
seller of dry ginger never gets a turmeric RFQ that a turmeric seller in another branch could
take. The order is: the supplier the buyer started from (its profile or one of its products,
when eligible), then matching sellers, then by step (narrower first), then by score. The widest
step used is stored on the RFQ (``RFQ.routing_step``) and the buyer is told how many sellers the
RFQ reached out of how many were asked, and why (``selectors.rfq_routing_summary``). Routing never
goes beyond step 4: with fewer eligible sellers than asked, the RFQ reaches fewer, and says so.

Score (higher is better), every factor kept on the lead for transparency:

==========================  ==============================================================
category                    +30 products in the exact category, +12 only in a sibling,
                            +6 only elsewhere under the wider branch, 0 otherwise
words                       +10 when one of its product titles matches the RFQ's words
certifications              +20 × share of the RFQ's required certifications held (approved,
                            unexpired); −10 when the RFQ requires some and none are held
capacity                    +10 when the seller's smallest MOQ in the category fits the
                            quantity, −10 when every MOQ is above it; only MOQs in the RFQ's
                            unit count ("tonnes" = "tonne", any case): 500 kg says nothing
                            about an order of 12 tonnes
country experience          +10 when the destination is one of the seller's export markets
response rate               +10 × share of its leads of the last 90 days opened within 48 h
                            (neutral +5 for sellers without history)
rating                      +5 × (average rating − 3) / 2 once it has approved reviews
plan priority               +0 low, +5 medium, +10 high
fairness                    −1.5 per lead received in the last 30 days, at most −15: sellers
                            who got fewer recent leads move up
==========================  ==============================================================

Ties break on fewer recent leads, then at random (so equal sellers share leads).
"""

from __future__ import annotations

import math
import random
import re
from dataclasses import dataclass, field
from datetime import timedelta
from decimal import Decimal
from functools import reduce
from operator import add

from django.contrib.postgres.search import SearchQuery, SearchVector
from django.db import connection
from django.db.models import (
    Case,
    Count,
    Exists,
    F,
    IntegerField,
    OuterRef,
    Q,
    Subquery,
    Value,
    When,
)
from django.utils import timezone

from marketplace.catalog.models import Category, Product
from marketplace.companies.models import Certification, Company, ReviewStatus
from marketplace.reviews.selectors import ratings_for

from .models import RFQ, Lead

Step = RFQ.RoutingStep
STEPS = [Step.CATEGORY, Step.SIBLINGS, Step.PARENT, Step.WORDS]  # narrowest first
CATEGORY_POINTS = {Step.CATEGORY: 30, Step.SIBLINGS: 12, Step.PARENT: 6, Step.WORDS: 0}
WORDS_POINTS = 10
MAX_WORDS = 8
PRIORITY_BONUS = {10: 0, 20: 5, 30: 10}


@dataclass
class Candidate:
    company_id: int
    name: str
    score: float = 0.0
    factors: dict[str, float] = field(default_factory=dict)
    recent_leads: int = 0
    step: str = Step.CATEGORY  # the narrowest step that finds this seller
    matches: bool = True  # a product in the RFQ's category or matching its words


def _plans(company_ids: list[int]) -> dict[int, object]:
    """The effective plan of many companies in two queries (active subscription or default)."""
    from billing.selectors import plan_default, subscriptions_in_force

    active = (
        subscriptions_in_force(timezone.now())
        .filter(company_id__in=company_ids)
        .select_related("plan")
        .order_by("company_id", "-plan__priority_rank")
    )
    plans: dict[int, object] = {}
    for subscription in active:
        plans.setdefault(subscription.company_id, subscription.plan)
    default = plan_default()
    return {company_id: plans.get(company_id, default) for company_id in company_ids}


def plan_allows_leads(plan) -> bool:
    return bool(
        plan.auto_unlock or plan.lead_credits_per_month is None or plan.lead_credits_per_month > 0
    )


def _codes(stored: str) -> set[str]:
    """django-countries stores a multiple CountryField as "DE,NL,AE"."""
    return {code for code in (stored or "").split(",") if code}


def rfq_words(text: str) -> list[str]:
    """The content words of an RFQ title as PostgreSQL English stems (stop words, numbers and
    words under three letters left out), at most ``MAX_WORDS``."""
    if not (text or "").strip():
        return []
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT lexeme FROM unnest(to_tsvector('english', %s)) ORDER BY positions[1]", [text]
        )
        stems = [row[0] for row in cursor.fetchall()]
    return [stem for stem in stems if stem.isalpha() and len(stem) >= 3][:MAX_WORDS]


def products_matching_words(words: list[str]):
    """Published products whose title holds at least half of ``words`` (at least one)."""
    products = Product.objects.filter(status=Product.Status.PUBLISHED)
    if not words:
        return products.none()
    # a cheap substring test first (a stem's first letters are the word's, bar a final y→i),
    # then the stems themselves on the rows that pass
    prefilter = reduce(
        lambda q, word: q | Q(title__icontains=word.rstrip("i") or word),
        words[1:],
        Q(title__icontains=words[0].rstrip("i") or words[0]),
    )
    vector = SearchVector("title", config="english")
    hits = reduce(
        add,
        [
            Case(
                When(Q(title_words=SearchQuery(word, config="simple")), then=Value(1)),
                default=Value(0),
                output_field=IntegerField(),
            )
            for word in words
        ],
    )
    needed = math.ceil(len(words) / 2)
    return (
        products.filter(prefilter)
        .annotate(title_words=vector)
        .annotate(word_hits=hits)
        .filter(word_hits__gte=needed)
    )


def unit_pattern(unit: str) -> str:
    """A PostgreSQL regular expression for ``unit`` written in any case, singular or plural, with
    or without a final period ("Tonnes" matches "tonne", "MT." matches "mt")."""
    base = re.sub(r"\.$", "", (unit or "").strip().lower())
    base = base[:-1] if len(base) > 2 and base.endswith("s") else base
    return rf"^\s*{re.escape(base)}s?\.?\s*$"


def _branch(category: Category) -> tuple[list[int], list[int], list[int]]:
    """The category ids of steps 1–3: the category, its parent's subtree, the wider branch."""
    exact = category.descendant_ids()
    parent = category.parent
    siblings = parent.descendant_ids() if parent is not None else exact
    grandparent = parent.parent if parent is not None and parent.parent_id else None
    branch = grandparent.descendant_ids() if grandparent is not None else siblings
    return exact, siblings, branch


def eligible_candidates(rfq: RFQ) -> list[Candidate]:
    """Eligible sellers of every step with their step, whether they match, and their score.
    Reads plain rows (no model instances): 1,000 candidates out of 10,000 sellers score in a
    few tens of milliseconds."""
    category = rfq.category
    if category is None:
        return []
    exact_ids, sibling_ids, branch_ids = _branch(category)
    products = Product.objects.filter(status=Product.Status.PUBLISHED)
    # one scan for the sellers with a product matching the words (not a subquery per seller)
    same_unit = unit_pattern(rfq.unit)
    by_words = set(
        products_matching_words(rfq_words(rfq.title)).values_list("company_id", flat=True)
    )
    rows = list(
        Company.objects.filter(kind=Company.Kind.SELLER, is_verified=True, is_blocked=False)
        .annotate(
            exact=Exists(products.filter(company=OuterRef("pk"), category_id__in=exact_ids)),
            sibling=Exists(products.filter(company=OuterRef("pk"), category_id__in=sibling_ids)),
            branch=Exists(products.filter(company=OuterRef("pk"), category_id__in=branch_ids)),
            min_moq=Subquery(
                products.filter(
                    company=OuterRef("pk"), category_id__in=exact_ids, moq_unit__iregex=same_unit
                )
                .order_by("moq")
                .values("moq")[:1]
            ),
        )
        .filter(Q(branch=True) | Q(pk__in=by_words))
        .exclude(members__user_id=rfq.buyer_id)
        .values(
            "pk",
            "name",
            "exact",
            "sibling",
            "branch",
            "min_moq",
            "seller_profile__export_markets",
            "seller_profile__negative_countries",
        )
    )
    country = rfq.destination_country.code
    served = []
    for row in rows:
        if country in _codes(row["seller_profile__negative_countries"]):
            continue  # the only countries a seller refuses are the ones it says it does not serve
        row["markets"] = _codes(row["seller_profile__export_markets"])
        row["words"] = row["pk"] in by_words
        served.append(row)
    if not served:
        return []
    plans = _plans([row["pk"] for row in served])
    served = [row for row in served if plan_allows_leads(plans[row["pk"]])]
    ids = [row["pk"] for row in served]

    now = timezone.now()
    history = {
        row["company_id"]: row
        for row in Lead.objects.filter(company_id__in=ids, created_at__gte=now - timedelta(days=90))
        .values("company_id")
        .annotate(
            total=Count("pk"),
            recent=Count("pk", filter=Q(created_at__gte=now - timedelta(days=30))),
            answered=Count(
                "pk",
                filter=Q(
                    viewed_at__isnull=False, viewed_at__lte=F("created_at") + timedelta(hours=48)
                ),
            ),
        )
    }
    required = set(rfq.required_certifications.values_list("pk", flat=True))
    held: dict[int, set[int]] = {}
    if required:
        today = timezone.localdate()
        for company_id, type_id in (
            Certification.objects.filter(
                company_id__in=ids, status=ReviewStatus.APPROVED, cert_type_id__in=required
            )
            .filter(Q(valid_to__isnull=True) | Q(valid_to__gte=today))
            .values_list("company_id", "cert_type_id")
        ):
            held.setdefault(company_id, set()).add(type_id)
    ratings = {
        company_id: summary.average
        for company_id, summary in ratings_for(ids).items()
        if summary.count
    }

    candidates = []
    quantity = Decimal(rfq.quantity)
    for row in served:
        company_id = row["pk"]
        step = (
            Step.CATEGORY
            if row["exact"]
            else Step.SIBLINGS
            if row["sibling"]
            else Step.PARENT
            if row["branch"]
            else Step.WORDS
        )
        factors: dict[str, float] = {"category": CATEGORY_POINTS[step]}
        if row["words"]:
            factors["words"] = WORDS_POINTS
        if required:
            share = len(held.get(company_id, set())) / len(required)
            factors["certifications"] = round(20 * share, 2) if share else -10
        if row["min_moq"] is not None:
            factors["capacity"] = 10 if row["min_moq"] <= quantity else -10
        if country in row["markets"]:
            factors["country_experience"] = 10
        past = history.get(company_id)
        factors["response_rate"] = (
            round(10 * past["answered"] / past["total"], 2) if past and past["total"] else 5
        )
        rating = ratings.get(company_id)
        if rating:
            factors["rating"] = round(5 * (float(rating) - 3) / 2, 2)
        factors["plan_priority"] = PRIORITY_BONUS.get(int(plans[company_id].priority_rank or 10), 0)
        recent = past["recent"] if past else 0
        if recent:
            factors["fairness"] = -min(15, 1.5 * recent)
        candidates.append(
            Candidate(
                company_id=company_id,
                name=row["name"],
                score=round(sum(factors.values()), 2),
                factors=factors,
                recent_leads=recent,
                step=step,
                matches=bool(row["exact"] or row["words"]),
            )
        )
    return candidates


def rank(
    candidates: list[Candidate],
    limit: int,
    *,
    pinned: set[int] = frozenset(),
    seed: int | None = None,
) -> list[Candidate]:
    """The ``limit`` sellers who receive the RFQ: the pinned supplier, then matching sellers,
    then by step (narrower first), score and fewer recent leads; equal sellers in random order."""
    shuffler = random.Random(seed)  # noqa: S311 - fairness tie-break, not security
    shuffled = candidates[:]
    shuffler.shuffle(shuffled)
    return sorted(
        shuffled,
        key=lambda c: (
            c.company_id not in pinned,
            not c.matches,
            STEPS.index(c.step),
            -c.score,
            c.recent_leads,
        ),
    )[:limit]


def widest_step(chosen: list[Candidate], *, pinned: set[int] = frozenset()) -> str:
    """The widest step the chosen sellers needed ("" when none was chosen). The pinned supplier
    was asked for by the buyer: it widens nothing."""
    if not chosen:
        return ""
    steps = [STEPS.index(c.step) for c in chosen if c.company_id not in pinned]
    return STEPS[max(steps, default=0)]
