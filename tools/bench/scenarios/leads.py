"""Leads at scale: 10,000 sellers (1,000 in the RFQ's category); routing one RFQ p95 < 200 ms;
a seller inbox with 5,000 leads p95 < 50 ms (HTTP); an unlock p95 < 50 ms."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.utils import timezone

from tools.bench.run import Server, load, summarise, time_calls, warm

SELLERS = 10_000
IN_CATEGORY = 1_000
INBOX_LEADS = 5_000
MARKER = "bench-leads-v3"
BENCH_PASSWORD = "bench-password-2026"  # noqa: S105 - bench accounts on a throwaway database


def _seeded() -> bool:
    from marketplace.catalog.models import Category

    return Category.objects.filter(slug=f"{MARKER}-target").exists()


def seed() -> None:
    from billing.models import Plan
    from marketplace.accounts.models import User
    from marketplace.catalog.models import Category, Product
    from marketplace.companies.models import Company, CompanyMember, SellerProfile
    from marketplace.leads.models import RFQ, Lead

    if _seeded():
        return
    print("   seeding 10,000 sellers and 5,000 leads (once)…", flush=True)
    rng = random.Random(7)  # noqa: S311
    with transaction.atomic():
        Plan.objects.get_or_create(
            slug="free",
            defaults={
                "name": "Free",
                "is_default": True,
                "max_products": 10,
                "lead_credits_per_month": 5,
            },
        )
        # like the real taxonomy: the RFQ's leaf has a few siblings; the other 9,000 sellers sell
        # in other top categories
        top = Category.objects.create(name="Bench spices", slug=f"{MARKER}-top")
        target = Category.objects.create(
            name="Bench black pepper", slug=f"{MARKER}-target", parent=top
        )
        for n in range(4):
            Category.objects.create(name=f"Bench spice {n}", slug=f"{MARKER}-spice-{n}", parent=top)
        others = []
        for t in range(10):
            group = Category.objects.create(name=f"Bench group {t}", slug=f"{MARKER}-group-{t}")
            others += [
                Category.objects.create(
                    name=f"Bench leaf {t}.{n}", slug=f"{MARKER}-leaf-{t}-{n}", parent=group
                )
                for n in range(10)
            ]
        password = make_password(BENCH_PASSWORD)
        users = User.objects.bulk_create(
            [
                User(
                    email=f"bench-seller-{n}@bench.test",
                    password=password,
                    is_seller=True,
                    email_verified_at=timezone.now(),
                )
                for n in range(SELLERS)
            ],
            batch_size=2000,
        )
        companies = Company.objects.bulk_create(
            [
                Company(
                    name=f"Bench Exports {n}",
                    slug=f"bench-exports-{n}",
                    kind=Company.Kind.SELLER,
                    country="IN",
                    gst_state_code=rng.choice(["27", "32", "33", "24", "08"]),
                    is_verified=n % 10 != 9,
                    verified_at=timezone.now(),
                )
                for n in range(SELLERS)
            ],
            batch_size=2000,
        )
        CompanyMember.objects.bulk_create(
            [
                CompanyMember(company=c, user=u, role="owner")
                for c, u in zip(companies, users, strict=True)
            ],
            batch_size=2000,
        )
        markets = ["DE", "NL", "US", "AE", "GB", "FR", "SA", "JP"]
        SellerProfile.objects.bulk_create(
            [
                SellerProfile(
                    company=c,
                    export_markets=",".join(rng.sample(markets, 3)),
                    negative_countries="PK" if n % 7 == 0 else "",
                )
                for n, c in enumerate(companies)
            ],
            batch_size=2000,
        )
        Product.objects.bulk_create(
            [
                Product(
                    company=c,
                    category=target if n < IN_CATEGORY else others[n % len(others)],
                    title=f"Bench product {n}",
                    slug=f"bench-product-{n}",
                    moq=Decimal(rng.choice([50, 100, 500, 1000, 5000])),
                    status=Product.Status.PUBLISHED,
                    published_at=timezone.now(),
                )
                for n, c in enumerate(companies)
            ],
            batch_size=2000,
        )
        buyers = User.objects.bulk_create(
            [
                User(
                    email=f"bench-buyer-{n}@bench.test",
                    password=password,
                    is_buyer=True,
                    email_verified_at=timezone.now(),
                )
                for n in range(50)
            ]
        )
        inbox_owner = companies[0]
        now = timezone.now()
        rfqs = RFQ.objects.bulk_create(
            [
                RFQ(
                    buyer=buyers[n % 50],
                    title=f"Bench RFQ {n}",
                    category=target,
                    quantity=Decimal(1000 + n),
                    unit="kg",
                    destination_country=markets[n % len(markets)],
                    status=RFQ.Status.OPEN,
                    routing_status=RFQ.Routing.ROUTED,
                    routed_at=now,
                    trust_score=rng.randint(20, 95),
                    created_at=now - timedelta(minutes=n),
                )
                for n in range(INBOX_LEADS)
            ],
            batch_size=2000,
        )
        Lead.objects.bulk_create(
            [
                Lead(
                    rfq=rfq,
                    company=inbox_owner,
                    created_at=rfq.created_at,
                    expires_at=rfq.created_at + timedelta(days=30),
                )
                for rfq in rfqs
            ],
            batch_size=2000,
        )


def _new_rfqs(count: int):
    from marketplace.accounts.models import User
    from marketplace.catalog.models import Category
    from marketplace.leads.models import RFQ

    target = Category.objects.get(slug=f"{MARKER}-target")
    buyer = User.objects.get(email="bench-buyer-0@bench.test")
    return [
        RFQ.objects.create(
            buyer=buyer,
            title="Bench routing RFQ",
            category=target,
            quantity=Decimal("2000"),
            unit="kg",
            destination_country="DE",
            max_sellers=5,
            status=RFQ.Status.OPEN,
        )
        for _ in range(count)
    ]


def run(args) -> list:
    import os

    from django.conf import settings
    from django.contrib.auth import SESSION_KEY
    from django.contrib.sessions.backends.cached_db import SessionStore

    from billing.services import credits_grant
    from marketplace.accounts.models import User
    from marketplace.companies.models import Company
    from marketplace.companies.services import _grant_role
    from marketplace.leads import services
    from marketplace.leads.models import Lead

    seed()
    results = []

    # --- routing one RFQ among 10,000 sellers (1,000 eligible by category)
    rfqs = _new_rfqs(53)
    timings = time_calls(lambda i: services.rfq_route(rfq_id=rfqs[i].pk), runs=50, warmup=3)
    results.append(
        summarise(
            "leads: route one RFQ (10k sellers)",
            timings,
            target="p95 < 200 ms",
            limits={"p95": 200},
            notes="(service call: eligibility, scoring, 5 lead rows, audit; notifications follow in their own task)",
        )
    )

    # --- unlocking: one credit each, 100 different leads
    owner_company = Company.objects.get(slug="bench-exports-0")
    owner = User.objects.get(email="bench-seller-0@bench.test")
    _grant_role(owner, owner_company, "owner")
    credits_grant(company=owner_company, amount=150, reason="bench")
    lead_ids = list(
        Lead.objects.filter(company=owner_company, unlocked_at__isnull=True).values_list(
            "pk", flat=True
        )[:103]
    )
    timings = time_calls(
        lambda i: services.lead_unlock(lead=lead_ids[i], actor=owner), runs=100, warmup=3
    )
    results.append(
        summarise("leads: unlock (one credit)", timings, target="p95 < 50 ms", limits={"p95": 50})
    )

    # --- the inbox page over HTTP: 5,000 leads, first pages and filters
    session = SessionStore()
    session[SESSION_KEY] = str(owner.pk)
    session["_auth_user_backend"] = "marketplace.accounts.backends.EmailBackend"
    session["_auth_user_hash"] = owner.get_session_auth_hash()
    session.create()
    cookie = f"{settings.SESSION_COOKIE_NAME}={session.session_key}"
    from marketplace.accounts.services import api_login

    tokens = api_login(request=None, email=owner.email, password=BENCH_PASSWORD)
    server = Server(dict(os.environ))
    try:
        api_paths = [
            "/api/v1/leads",
            "/api/v1/leads?page=2",
            "/api/v1/leads?status=new",
            "/api/v1/leads?trust_min=50",
            "/api/v1/leads?country=DE",
        ]
        auth = {"Authorization": f"Bearer {tokens['access']}"}
        warm(server.url, api_paths, headers=auth)
        latencies, errors = load(
            server.url, api_paths, clients=4, seconds=args.seconds, headers=auth
        )
        results.append(
            summarise(
                "leads: seller inbox API, 5,000 leads (HTTP)",
                latencies,
                target="p95 < 50 ms",
                limits={"p95": 50},
                notes=f"(GET /api/v1/leads, 4 concurrent clients, {errors} errors)",
                errors=errors,
            )
        )
        paths = [
            "/dashboard/seller/leads/",
            "/dashboard/seller/leads/?page=2",
            "/dashboard/seller/leads/?status=new",
            "/dashboard/seller/leads/?trust_min=50",
            "/dashboard/seller/leads/?country=DE",
        ]
        warm(server.url, paths, cookies=cookie)
        latencies, errors = load(server.url, paths, clients=4, seconds=args.seconds, cookies=cookie)
        results.append(
            summarise(
                "leads: seller inbox page, 5,000 leads (HTTP)",
                latencies,
                target="p95 < 50 ms",
                limits={"p95": 50},
                notes=f"(the HTML dashboard page, 4 concurrent clients, {errors} errors)",
                errors=errors,
            )
        )
    finally:
        server.stop()
    return results
