"""A realistic, deterministic catalogue for benchmarks and relevance tests.

``generate(suppliers=10_000, products=100_000)`` writes sellers (with profiles, KYC evidence,
certifications, plans, ratings) and products on TradeSetu's export taxonomy
(``marketplace.catalog.taxonomy``, loaded if missing) with PostgreSQL ``COPY``: about a minute
for the full size. Titles and descriptions are in English, Spanish, French, Hindi and Arabic
(roughly 70/10/8/6/6 %), built from each leaf category's translated name and attribute values;
some handicraft and textile products borrow spice words for colours and scents ("Turmeric yellow
ceramic mug") so that ranking has something to get wrong. The same seed gives the same data.

Every row gets a slug starting with ``PREFIX`` so the benchmark can find (and skip) it.
"""

# ruff: noqa: S608 - COPY statements name our own models' tables and columns.

from __future__ import annotations

import random
import time
from datetime import timedelta
from decimal import Decimal

from django.db import connection, transaction
from django.utils import timezone

PREFIX = "sb-"

LANGUAGES = (("en", 70), ("es", 10), ("fr", 8), ("hi", 6), ("ar", 6))

# Per top category: price range (US$ per unit), unit, MOQ range (in that unit).
ECONOMICS = {
    "spices": ((1.2, 30), "kg", (100, 20000)),
    "tea-and-coffee": ((2, 25), "kg", (100, 10000)),
    "agricultural-produce": ((0.3, 4), "kg", (1000, 50000)),
    "processed-food": ((1, 12), "kg", (200, 10000)),
    "marine-products": ((3, 15), "kg", (500, 20000)),
    "textiles-and-apparel": ((1.5, 25), "piece", (100, 10000)),
    "home-furnishing": ((3, 300), "piece", (20, 2000)),
    "handicrafts": ((1, 120), "piece", (20, 2000)),
    "leather-and-leather-products": ((4, 150), "piece", (50, 3000)),
    "gems-and-jewellery": ((20, 3000), "piece", (5, 500)),
    "engineering-goods": ((5, 5000), "piece", (1, 500)),
    "auto-parts": ((1, 400), "piece", (50, 10000)),
    "chemicals": ((0.8, 40), "kg", (500, 25000)),
    "pharmaceuticals": ((0.5, 200), "piece", (100, 100000)),
    "ayurveda-and-herbal": ((2, 80), "kg", (25, 5000)),
}
DEFAULT_ECONOMICS = ((1, 100), "piece", (10, 1000))

# Supplier names: <place or auspicious word> <trade word of its sector> <legal form>.
NAME_HEADS = (
    "Malabar Kaveri Sahyadri Deccan Konkan Nilgiri Aravali Narmada Himalaya Coromandel Vindhya "
    "Satpura Thar Marwar Mewar Chola Pandya Vijay Lakshmi Sai Shree Jai Krishna Ananya Veda "
    "Surya Chandra Indus Saraswati Tapti Godavari Mahanadi Brahmaputra Sona Royal Global Eastern "
    "Western Southern Northern Prime Apex Zenith Pinnacle Sterling Crescent Lotus Peacock Tiger "
    "Banyan Tulsi Kesar Amrit Ganga Yamuna Kanchan Navratna Shakti Utkal Kalinga Avadh Kashi"
).split()
SECTOR_WORDS = {
    "spices": ["Spices", "Masala", "Agro", "Spice Trading"],
    "tea-and-coffee": ["Tea", "Tea Estates", "Coffee", "Plantations"],
    "agricultural-produce": ["Agro", "Foods", "Agri Produce", "Grains"],
    "processed-food": ["Foods", "Food Products", "Snacks", "Food Processors"],
    "marine-products": ["Seafoods", "Marine", "Fisheries", "Sea Products"],
    "textiles-and-apparel": ["Textiles", "Fabrics", "Spinning Mills", "Garments"],
    "home-furnishing": ["Home Textiles", "Furnishings", "Carpets", "Decor"],
    "handicrafts": ["Handicrafts", "Crafts", "Art Exports", "Artisans"],
    "leather-and-leather-products": ["Leathers", "Tanneries", "Footwear", "Leather Craft"],
    "gems-and-jewellery": ["Gems", "Jewels", "Diamonds", "Jewellers"],
    "engineering-goods": ["Engineering", "Pumps", "Machines", "Industries"],
    "auto-parts": ["Auto Components", "Auto Parts", "Motors", "Engineering"],
    "chemicals": ["Chemicals", "Dyes", "Polymers", "Chem Industries"],
    "pharmaceuticals": ["Pharma", "Life Sciences", "Healthcare", "Laboratories"],
    "ayurveda-and-herbal": ["Herbals", "Ayurveda", "Naturals", "Botanicals"],
}
NAME_TAILS = (
    "Exports",
    "Overseas",
    "International",
    "Traders",
    "Industries",
    "Enterprises",
    "Impex",
    "Exim",
    "Pvt Ltd",
    "LLP",
    "Global",
    "Corporation",
)
STATES = ("32", "33", "29", "27", "24", "08", "09", "36", "37", "19", "06", "03", "07", "21")
CITIES = {
    "32": "Kochi",
    "33": "Chennai",
    "29": "Bengaluru",
    "27": "Mumbai",
    "24": "Ahmedabad",
    "08": "Jaipur",
    "09": "Kanpur",
    "36": "Hyderabad",
    "37": "Guntur",
    "19": "Kolkata",
    "06": "Panipat",
    "03": "Ludhiana",
    "07": "New Delhi",
    "21": "Bhubaneswar",
}
MARKETS = "US DE AE GB FR NL SA JP AU CA ES IT SG MY BD LK NP QA KW OM ZA BR MX".split()
CERT_TYPES = (
    ("fssai", "FSSAI licence"),
    ("iso-9001", "ISO 9001"),
    ("iso-22000", "ISO 22000"),
    ("haccp", "HACCP"),
    ("brcgs", "BRCGS"),
    ("npop-organic", "NPOP organic"),
    ("usda-organic", "USDA organic"),
    ("spices-board", "Spices Board registration"),
    ("apeda", "APEDA registration"),
    ("gots", "GOTS"),
    ("oeko-tex", "OEKO-TEX Standard 100"),
    ("ce", "CE marking"),
    ("bis", "BIS certification"),
    ("us-fda", "US FDA registration"),
    ("halal", "Halal"),
    ("who-gmp", "WHO-GMP"),
)
FOOD_TOPS = {
    "spices",
    "tea-and-coffee",
    "agricultural-produce",
    "processed-food",
    "marine-products",
    "ayurveda-and-herbal",
}

# Words for titles in other languages (attribute values stay as the seller typed them).
ORGANIC = {"en": "Organic", "es": "ecológico", "fr": "bio", "hi": "जैविक", "ar": "عضوي"}
FORMS = {
    "Powder": {"es": "en polvo", "fr": "en poudre", "hi": "पाउडर", "ar": "مطحون"},
    "Whole": {"es": "entero", "fr": "entier", "hi": "साबुत", "ar": "كامل"},
    "Crushed": {"es": "triturado", "fr": "concassé", "hi": "कुटा हुआ", "ar": "مجروش"},
}
QUALIFIERS = {
    "en": ["Premium", "Export quality", "Fresh crop", "Best quality", "Bulk", "Wholesale", ""],
    "es": ["de exportación", "premium", "calidad superior", "a granel", ""],
    "fr": ["qualité export", "premium", "qualité supérieure", "en vrac", ""],
    "hi": ["निर्यात गुणवत्ता", "प्रीमियम", "थोक", ""],
    "ar": ["جودة التصدير", "ممتاز", "بالجملة", ""],
}
DESCRIPTIONS = {
    "en": "{name} from {state}, India. {specs}. Packed for export; samples on request. "
    "We ship to {markets}.",
    "es": "{name} de {state}, India. {specs}. Embalaje para exportación; muestras disponibles. "
    "Enviamos a {markets}.",
    "fr": "{name} de {state}, Inde. {specs}. Emballage export ; échantillons sur demande. "
    "Nous livrons {markets}.",
    "hi": "{state}, भारत से {name}। {specs}। निर्यात के लिए पैक; नमूने उपलब्ध।",
    "ar": "{name} من {state}، الهند. {specs}. تعبئة للتصدير؛ عينات عند الطلب.",
}
# Spice words that other sectors use for colours and scents.
LOOKALIKES = {
    "pottery-and-ceramics": [
        "Turmeric yellow glazed ceramic mug",
        "Cardamom green stoneware bowl",
        "Black pepper speckled ceramic plate",
        "Saffron orange terracotta vase",
        "Cinnamon brown ceramic teapot",
    ],
    "candles": [
        "Cinnamon scented soy candle",
        "Cardamom and vanilla candle jar",
        "Saffron and rose pillar candle",
    ],
    "incense-sticks": ["Saffron incense sticks", "Turmeric and sandalwood incense sticks"],
    "scarves-and-stoles": [
        "Turmeric dyed cotton scarf",
        "Saffron silk stole",
        "Indigo and pepper print stole",
    ],
    "cushion-covers": ["Turmeric yellow cushion cover", "Mustard ochre cushion cover"],
    "wooden-decor": ["Mango wood pepper mill", "Sheesham wood spice box"],
}
SKIP_IN_TITLE = {"origin_state", "packaging", "voltage", "lwg_rating", "tanning", "put_up"}


def _taxonomy():
    from marketplace.catalog.models import Category
    from marketplace.catalog.taxonomy import leaf_schema, taxonomy_load, taxonomy_nodes

    nodes = list(taxonomy_nodes())
    if Category.objects.filter(slug__in=[n.slug for n in nodes if n.is_leaf]).count() < sum(
        n.is_leaf for n in nodes
    ):
        taxonomy_load()
    by_slug = {n.slug: n for n in nodes}
    ids = dict(Category.objects.filter(slug__in=by_slug).values_list("slug", "pk"))
    leaves = []
    for node in nodes:
        if not node.is_leaf:
            continue
        top = node
        while top.parent_slug:
            top = by_slug[top.parent_slug]
        own = {a["key"] for a in node.attributes}
        leaves.append(
            {
                "slug": node.slug,
                "id": ids[node.slug],
                "name": node.name,
                "i18n": node.name_i18n,
                "top": top.slug,
                "schema": leaf_schema(node.slug),
                "own": own,
            }
        )
    return leaves


def _copy(model, rows: list[dict]) -> None:
    """COPY rows (dicts of attname → value; missing fields take their model default)."""
    if not rows:
        return
    fields = list(model._meta.concrete_fields)
    columns = ", ".join(f'"{f.column}"' for f in fields)
    defaults = {f.attname: f.get_default() for f in fields if f.attname not in rows[0]}
    with connection.cursor() as cursor:
        raw = cursor.cursor
        with raw.copy(f'COPY "{model._meta.db_table}" ({columns}) FROM STDIN') as copy:
            for row in rows:
                copy.write_row(
                    [
                        f.get_db_prep_save(
                            row[f.attname] if f.attname in row else defaults[f.attname], connection
                        )
                        for f in fields
                    ]
                )


def _next_ids(model, count: int) -> list[int]:
    table = model._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(f'SELECT coalesce(max(id), 0) FROM "{table}"')
        start = cursor.fetchone()[0] + 1
    return list(range(start, start + count))


def _fix_sequence(model) -> None:
    table = model._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "
            f'(SELECT coalesce(max(id), 1) FROM "{table}"))'
        )


def _plans():
    from billing.models import Plan, PriorityRank

    wanted = [
        ("free", "Free", PriorityRank.LOW, True),
        ("growth", "Growth", PriorityRank.MEDIUM, False),
        ("premium", "Premium", PriorityRank.HIGH, False),
    ]
    plans = {}
    for slug, name, rank, default in wanted:
        plan = Plan.objects.filter(slug=slug).first()
        if plan is None:
            has_default = Plan.objects.filter(is_default=True).exists()
            plan = Plan.objects.create(
                slug=slug,
                name=name,
                priority_rank=rank,
                is_default=default and not has_default,
                max_products=None,
            )
        plans[slug] = plan
    return plans


def _title(rng: random.Random, leaf: dict, language: str, attributes: dict) -> str:
    if leaf["slug"] in LOOKALIKES and rng.random() < 0.35:
        return rng.choice(LOOKALIKES[leaf["slug"]])
    name = leaf["name"] if language == "en" else leaf["i18n"].get(language, leaf["name"])
    bits = []
    for attribute in leaf["schema"]:
        key = attribute["key"]
        if attribute["type"] != "choice" or key in SKIP_IN_TITLE or key not in attributes:
            continue
        if key == "form":
            value = attributes[key]
            if value.lower() in leaf["name"].lower():
                continue
            bits.append(
                value.lower() if language == "en" else FORMS.get(value, {}).get(language, "")
            )
        elif key in leaf["own"] and len(bits) < 2 and rng.random() < 0.8:
            bits.append(str(attributes[key]))
    qualifier = rng.choice(QUALIFIERS[language])
    organic = ORGANIC[language] if attributes.get("organic") is True else ""
    if language == "en":
        parts = [organic, qualifier, name, *bits]
    else:
        parts = [name, *bits, organic, qualifier]
    title = " ".join(p for p in parts if p)
    return title[:150]


def _attributes(rng: random.Random, leaf: dict) -> dict:
    values: dict = {}
    for attribute in leaf["schema"]:
        key, kind = attribute["key"], attribute["type"]
        if not attribute.get("required") and rng.random() < 0.35:
            continue
        if kind == "choice" and attribute["choices"]:
            values[key] = rng.choice(attribute["choices"])
        elif kind == "boolean":
            values[key] = rng.random() < (0.3 if key == "organic" else 0.5)
        elif kind == "number":
            low, high = attribute.get("typical", (1, 100))
            number = rng.uniform(low, high)
            values[key] = round(number) if high - low > 20 else round(number, 1)
        elif kind == "text" and attribute.get("examples"):
            values[key] = rng.choice(attribute["examples"])
    name = leaf["name"].lower()
    if "form" in values:
        if "powder" in name:
            values["form"] = "Powder"
        elif any(word in name for word in ("fingers", "seed", "whole", "cardamom", "cloves")):
            values["form"] = rng.choice(["Whole", "Whole", "Split"])
    return values


def _weighted(rng: random.Random, choices) -> str:
    total = sum(weight for _, weight in choices)
    pick = rng.uniform(0, total)
    for value, weight in choices:
        pick -= weight
        if pick <= 0:
            return value
    return choices[-1][0]


def generate(
    *, suppliers: int, products: int, seed: int = 2026, log=None, with_ratings: bool = True
) -> dict:
    """Write ``suppliers`` sellers and ``products`` products; returns figures. The search
    documents are *not* built here: run ``search.services.documents_rebuild()`` after."""
    from billing.models import Subscription
    from marketplace.catalog.models import Product
    from marketplace.companies.models import (
        Certification,
        CertificationType,
        Company,
        KycDocument,
        SellerProfile,
    )
    from marketplace.files.models import StoredFile

    log = log or (lambda message: None)
    started = time.monotonic()
    rng = random.Random(seed)  # noqa: S311 - test data, not security
    now = timezone.now()
    today = timezone.localdate()
    leaves = _taxonomy()
    by_top: dict[str, list[dict]] = {}
    for leaf in leaves:
        by_top.setdefault(leaf["top"], []).append(leaf)
    plans = _plans()
    cert_types = {}
    for code, name in CERT_TYPES:
        cert_types[code], _ = CertificationType.objects.get_or_create(
            code=code, defaults={"name": name}
        )
    log(f"taxonomy: {len(leaves)} leaves, {len(by_top)} top categories")

    with transaction.atomic():
        stored = StoredFile.objects.create(
            file="bench/evidence.pdf",
            original_name="evidence.pdf",
            mime="application/pdf",
            extension="pdf",
            size=1,
            sha256="0" * 64,
            usage=StoredFile.Usage.KYC,
            scan_status=StoredFile.ScanStatus.CLEAN,
        )
        # ------------------------------------------------------------------ suppliers
        company_ids = _next_ids(Company, suppliers)
        companies, profiles, documents, certificates, subscriptions, ratings = (
            [],
            [],
            [],
            [],
            [],
            [],
        )
        specialities: dict[int, list[dict]] = {}
        used_names: set[str] = set()
        order = list(leaves)
        rng.shuffle(order)
        for position, company_id in enumerate(company_ids):
            primary = order[position % len(order)]  # every leaf gets its suppliers
            top = primary["top"]
            for _attempt in range(20):
                name = " ".join(
                    [
                        rng.choice(NAME_HEADS),
                        rng.choice(SECTOR_WORDS.get(top, ["Exports"])),
                        rng.choice(NAME_TAILS),
                    ]
                )
                if name not in used_names:
                    break
            else:
                name = f"{name} {company_id}"
            used_names.add(name)
            state = rng.choice(STATES)
            country = "IN" if rng.random() < 0.97 else rng.choice(["AE", "GB", "US"])
            created = now - timedelta(days=rng.randint(30, 2000))
            verified = rng.random() < 0.55
            companies.append(
                {
                    "id": company_id,
                    "name": name,
                    "slug": f"{PREFIX}{company_id}",
                    "kind": "seller",
                    "about": f"{name} exports from {CITIES[state]} since {created.year}.",
                    "country": country,
                    "gst_state_code": state if country == "IN" else "",
                    "city": CITIES[state],
                    "year_founded": rng.randint(1960, 2022),
                    "is_verified": verified,
                    "verified_at": created + timedelta(days=20) if verified else None,
                    "created_at": created,
                    "updated_at": created,
                }
            )
            profiles.append(
                {
                    "company_id": company_id,
                    "export_markets": rng.sample(MARKETS, rng.randint(0, 6)),
                    "negative_countries": [],
                    "payment_terms": rng.sample(
                        ["advance", "lc", "tt", "dp", "da", "cad", "net30", "net60"],
                        rng.randint(1, 4),
                    ),
                    "supply_capacity": f"{rng.randint(5, 500)} tonnes per month",
                }
            )
            for doc_type in ["gst", "pan", "iec", "cin", "address"][
                : 3 + rng.randint(0, 2) if verified else rng.randint(0, 2)
            ]:
                documents.append(
                    {
                        "company_id": company_id,
                        "doc_type": doc_type,
                        "number": "",
                        "file_id": stored.pk,
                        "status": "approved",
                        "uploaded_at": created,
                        "reviewed_at": created + timedelta(days=3),
                    }
                )
            pool = [
                c
                for c in cert_types
                if (top in FOOD_TOPS)
                == (
                    c
                    in {
                        "fssai",
                        "iso-22000",
                        "haccp",
                        "brcgs",
                        "npop-organic",
                        "usda-organic",
                        "spices-board",
                        "apeda",
                        "us-fda",
                        "halal",
                    }
                )
            ]
            pool = sorted(set(pool) | {"iso-9001"})
            for code in rng.sample(pool, min(len(pool), rng.randint(0, 3))):
                expired = rng.random() < 0.15
                certificates.append(
                    {
                        "company_id": company_id,
                        "cert_type_id": cert_types[code].pk,
                        "number": f"{code.upper()}-{company_id}",
                        "issuer": "Bench certification body",
                        "valid_from": today - timedelta(days=700),
                        "valid_to": today - timedelta(days=10)
                        if expired
                        else today + timedelta(days=rng.randint(30, 900)),
                        "status": "expired" if expired else "approved",
                        "uploaded_at": created,
                    }
                )
            tier = _weighted(rng, [("free", 65), ("growth", 25), ("premium", 10)])
            if tier != "free":
                subscriptions.append(
                    {
                        "company_id": company_id,
                        "plan_id": plans[tier].pk,
                        "status": "active",
                        "starts_at": now - timedelta(days=rng.randint(1, 20)),
                        "ends_at": now + timedelta(days=rng.randint(10, 300)),
                        "created_at": now,
                        "updated_at": now,
                    }
                )
            if with_ratings and rng.random() < 0.4:
                ratings.append(
                    {
                        "company_id": company_id,
                        "average": Decimal(str(round(rng.uniform(2.5, 5.0), 2))),
                        "count": rng.randint(1, 80),
                    }
                )
            others = [leaf for leaf in by_top[top] if leaf is not primary]
            specialities[company_id] = [
                primary,
                *rng.sample(others, min(len(others), rng.randint(0, 3))),
            ]
        _copy(Company, companies)
        _fix_sequence(Company)
        _copy(
            SellerProfile,
            [
                dict(p, id=i)
                for p, i in zip(profiles, _next_ids(SellerProfile, len(profiles)), strict=True)
            ],
        )
        _fix_sequence(SellerProfile)
        _copy(
            KycDocument,
            [
                dict(d, id=i)
                for d, i in zip(documents, _next_ids(KycDocument, len(documents)), strict=True)
            ],
        )
        _fix_sequence(KycDocument)
        _copy(
            Certification,
            [
                dict(c, id=i)
                for c, i in zip(
                    certificates, _next_ids(Certification, len(certificates)), strict=True
                )
            ],
        )
        _fix_sequence(Certification)
        _copy(
            Subscription,
            [
                dict(s, id=i)
                for s, i in zip(
                    subscriptions, _next_ids(Subscription, len(subscriptions)), strict=True
                )
            ],
        )
        _fix_sequence(Subscription)
        rating_model = _rating_model()
        if rating_model is not None and ratings:
            _copy(rating_model, [dict(r, updated_at=now) for r in ratings])
        log(f"suppliers: {len(companies)} in {time.monotonic() - started:.1f} s")

        # ------------------------------------------------------------------ products
        weights = [rng.paretovariate(1.6) for _ in company_ids]
        owners = rng.choices(company_ids, weights=weights, k=products)
        product_ids = _next_ids(Product, products)
        rows = []
        for product_id, company_id in zip(product_ids, owners, strict=True):
            chosen = specialities[company_id]
            leaf = chosen[0] if len(chosen) == 1 or rng.random() < 0.5 else rng.choice(chosen[1:])
            (low, high), unit, (moq_low, moq_high) = ECONOMICS.get(leaf["top"], DEFAULT_ECONOMICS)
            language = _weighted(rng, LANGUAGES)
            attributes = _attributes(rng, leaf)
            title = _title(rng, leaf, language, attributes)
            currency = _weighted(rng, [("USD", 60), ("INR", 30), ("EUR", 10)])
            rate = {"USD": 1, "INR": 83, "EUR": 0.92}[currency]
            price = rng.uniform(low, high) * rate
            on_request = rng.random() < 0.08
            specs = ", ".join(
                f"{k.replace('_', ' ')} {v}"
                for k, v in list(attributes.items())[:4]
                if not isinstance(v, bool)
            )
            state = rng.choice(["Kerala", "Gujarat", "Rajasthan", "Tamil Nadu", "Punjab", "Assam"])
            published = now - timedelta(days=rng.randint(0, 730), seconds=rng.randint(0, 86400))
            rows.append(
                {
                    "id": product_id,
                    "company_id": company_id,
                    "title": title,
                    "slug": f"{PREFIX}{leaf['slug']}-{product_id}",
                    "sku": "",
                    "description": DESCRIPTIONS[language].format(
                        name=title,
                        state=state,
                        specs=specs,
                        markets=", ".join(rng.sample(MARKETS, 3)),
                    ),
                    "category_id": leaf["id"],
                    "attributes": attributes,
                    "price_min": None if on_request else Decimal(f"{price:.2f}"),
                    "price_max": None
                    if on_request or rng.random() < 0.3
                    else Decimal(f"{price * rng.uniform(1.05, 1.6):.2f}"),
                    "currency": currency,
                    "price_unit": unit,
                    "moq": Decimal(rng.randint(moq_low, moq_high)),
                    "moq_unit": unit,
                    "hs_code": "",
                    "lead_time_days": rng.randint(7, 90),
                    "supply_capacity": "",
                    "payment_terms": rng.sample(["advance", "lc", "tt", "cad"], 2)
                    if rng.random() < 0.2
                    else [],
                    "incoterms": rng.sample(["FOB", "CIF", "EXW", "CFR", "DAP"], rng.randint(1, 3)),
                    "port_of_loading": "",
                    "samples_available": rng.random() < 0.5,
                    "status": "published" if rng.random() < 0.97 else "draft",
                    "suspended_reason": "",
                    "created_at": published,
                    "updated_at": published,
                    "published_at": published,
                }
            )
        _copy(Product, rows)
        _fix_sequence(Product)
    seconds = time.monotonic() - started
    log(f"products: {len(rows)} in {seconds:.1f} s")
    return {"suppliers": len(companies), "products": len(rows), "seconds": round(seconds, 1)}


def _rating_model():
    from django.apps import apps

    try:
        return apps.get_model("reviews", "RatingSummary")
    except LookupError:
        return None


def generated_count() -> int:
    from marketplace.catalog.models import Product

    return Product.objects.filter(slug__startswith=PREFIX).count()
