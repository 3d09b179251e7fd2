"""Set-based SQL that (re)builds the search documents from the marketplace tables.

Every function takes an optional scope (ids) and is idempotent: it upserts the rows that should
exist and deletes those that should not (blocked or buyer companies, unpublished products). The
same statements serve one product saved by a seller, a company whose badge changed, the nightly
reconcile and a full rebuild of 100,000 products (in batches of ``BATCH``).

Weights of the product vector (``ts_rank`` weights 1.0 / 0.4 / 0.2 / 0.1):

====  ===============================================================================
 A    title: the product's language config (english, spanish, french, hindi, arabic)
      and ``simple`` (unstemmed words, so every language matches exactly)
 B    category names of the whole path, every translation (``name_i18n``)
 C    attribute values (a true boolean attribute contributes its name: "organic")
      and the supplier's name
 D    description (tags stripped, first 4,000 characters)
====  ===============================================================================

Supplier vector: A name, B categories it sells in, C titles of its latest 50 products,
D "about". Every text goes through ``search_unaccent`` first (see features.py).
"""

# ruff: noqa: S608 - table names come from our models' _meta; every value is a bound parameter.

from __future__ import annotations

from decimal import Decimal

from django.conf import settings
from django.db import connection

BATCH = 5000

LANG_CONFIG = (
    "CASE {lang} WHEN 'es' THEN 'spanish' WHEN 'fr' THEN 'french' WHEN 'hi' THEN 'hindi' "
    "WHEN 'ar' THEN 'arabic' ELSE 'english' END::regconfig"
)


def _tables() -> dict[str, str]:
    from billing.models import Plan, Subscription
    from marketplace.catalog.models import Category, Product
    from marketplace.companies.models import (
        Certification,
        Company,
        KycDocument,
        SellerProfile,
    )

    from ...models import ProductDocument, SupplierDocument

    tables = {
        "product": Product._meta.db_table,
        "product_certs": Product.certifications.through._meta.db_table,
        "category": Category._meta.db_table,
        "company": Company._meta.db_table,
        "profile": SellerProfile._meta.db_table,
        "kyc": KycDocument._meta.db_table,
        "cert": Certification._meta.db_table,
        "plan": Plan._meta.db_table,
        "subscription": Subscription._meta.db_table,
        "pdoc": ProductDocument._meta.db_table,
        "sdoc": SupplierDocument._meta.db_table,
    }
    rating = rating_model()
    tables["rating"] = rating._meta.db_table if rating is not None else ""
    return tables


def rating_model():
    """marketplace.reviews' RatingSummary (company primary key, average, count), if installed."""
    from django.apps import apps

    try:
        return apps.get_model("reviews", "RatingSummary")
    except LookupError:
        return None


def _fx() -> tuple[list[str], list[Decimal]]:
    rates = settings.SEARCH_USD_RATES
    return list(rates), [Decimal(str(rate)) for rate in rates.values()]


CATEGORY_PATHS = """
    SELECT c.id, c.path, c.text,
           setweight(to_tsvector('english', search_unaccent(c.text))
                     || to_tsvector('simple', search_unaccent(c.text)), 'B') AS vector
    FROM (
      SELECT c1.id,
             array_remove(ARRAY[c3.id, c2.id, c1.id], NULL) AS path,
             concat_ws(' ',
               c1.name, (SELECT string_agg(v, ' ') FROM jsonb_each_text(c1.name_i18n) e(k, v)),
               c2.name, (SELECT string_agg(v, ' ') FROM jsonb_each_text(c2.name_i18n) e(k, v)),
               c3.name, (SELECT string_agg(v, ' ') FROM jsonb_each_text(c3.name_i18n) e(k, v))
             ) AS text
      FROM {category} c1
      LEFT JOIN {category} c2 ON c2.id = c1.parent_id
      LEFT JOIN {category} c3 ON c3.id = c2.parent_id
    ) c
"""


SUPPLIER_CONTENT = (
    "name", "slug", "city", "about", "category_text", "product_text", "vector", "title_vector",
    "category_path", "certifications", "payment_terms", "export_markets", "country",
    "state_code", "is_verified", "evidence", "plan_rank", "plan_slug", "rating_avg",
    "rating_count", "product_count", "moq_min", "price_min_usd", "price_max_usd",
    "lead_time_min",
)  # fmt: skip


def refresh_categories(category_ids: list[int] | None = None) -> int:
    """Each category's own names, every language, as one vector (search_categorydocument)."""
    t = _tables()
    scope = "WHERE c.id = ANY(%(ids)s)" if category_ids is not None else ""
    with connection.cursor() as cursor:
        cursor.execute(
            f"""INSERT INTO search_categorydocument (category_id, vector)
                SELECT id, to_tsvector('english', search_unaccent(names))
                           || to_tsvector('simple', search_unaccent(names))
                FROM (SELECT c.id, concat_ws(' ', c.name, (SELECT string_agg(v, ' ')
                        FROM jsonb_each_text(c.name_i18n) e(k, v))) AS names
                      FROM {t["category"]} c {scope}) named
                ON CONFLICT (category_id) DO UPDATE SET vector = EXCLUDED.vector""",
            {"ids": category_ids or []},
        )
        return cursor.rowcount


def refresh_suppliers(company_ids: list[int] | None = None) -> int:
    """Upsert the supplier documents of these companies (all when None); rows whose content
    did not change are left alone (the reconcile job runs this for everyone). Returns rows
    written."""
    t = _tables()
    scope = "AND c.id = ANY(%(ids)s)" if company_ids is not None else ""
    rating_join = f"LEFT JOIN {t['rating']} r ON r.company_id = c.id" if t["rating"] else ""
    rating_cols = (
        "round(r.average::numeric, 2) AS rating_avg, coalesce(r.count, 0) AS rating_count"
        if t["rating"]
        else "NULL::numeric AS rating_avg, 0 AS rating_count"
    )
    codes, rates = _fx()
    current = ", ".join(f"{t['sdoc']}.{column}" for column in SUPPLIER_CONTENT)
    proposed = ", ".join(f"EXCLUDED.{column}" for column in SUPPLIER_CONTENT)
    sql = f"""
    WITH fx(code, rate) AS (SELECT * FROM unnest(%(codes)s::text[], %(rates)s::numeric[])),
    paths AS MATERIALIZED ({CATEGORY_PATHS.format(**t)}),
    default_plan AS (
      SELECT priority_rank, slug FROM {t["plan"]} WHERE is_default ORDER BY id LIMIT 1
    ),
    c AS MATERIALIZED (
      SELECT c.* FROM {t["company"]} c
      WHERE c.kind = 'seller' AND NOT c.is_blocked {scope}
    ),
    plans AS MATERIALIZED (
      SELECT DISTINCT ON (s.company_id) s.company_id, pl.priority_rank, pl.slug
      FROM {t["subscription"]} s JOIN {t["plan"]} pl ON pl.id = s.plan_id
      WHERE s.company_id IN (SELECT id FROM c) AND s.status = 'active'
        AND s.starts_at <= clock_timestamp() AND s.ends_at > clock_timestamp()
      ORDER BY s.company_id, pl.priority_rank DESC, s.ends_at DESC
    ),
    kyc AS MATERIALIZED (
      SELECT company_id, count(DISTINCT doc_type) AS n FROM {t["kyc"]}
      WHERE company_id IN (SELECT id FROM c) AND status = 'approved'
        AND (valid_until IS NULL OR valid_until >= current_date)
      GROUP BY company_id
    ),
    certs AS MATERIALIZED (
      SELECT company_id, array_agg(DISTINCT cert_type_id ORDER BY cert_type_id) AS ids
      FROM {t["cert"]}
      WHERE company_id IN (SELECT id FROM c) AND status = 'approved'
        AND (valid_to IS NULL OR valid_to >= current_date)
      GROUP BY company_id
    ),
    prods AS MATERIALIZED (
      SELECT p.company_id, count(*) AS n, min(p.moq) AS moq_min,
             min(p.price_min * fx.rate) AS pmin,
             max(coalesce(p.price_max, p.price_min) * fx.rate) AS pmax,
             min(p.lead_time_days) AS lead_time
      FROM {t["product"]} p LEFT JOIN fx ON fx.code = p.currency
      WHERE p.company_id IN (SELECT id FROM c) AND p.status = 'published'
      GROUP BY p.company_id
    ),
    cats AS MATERIALIZED (
      SELECT x.company_id, array_agg(DISTINCT x.id ORDER BY x.id) AS ids
      FROM (
        SELECT DISTINCT p.company_id, unnest(paths.path) AS id
        FROM {t["product"]} p JOIN paths ON paths.id = p.category_id
        WHERE p.company_id IN (SELECT id FROM c) AND p.status = 'published'
      ) x GROUP BY x.company_id
    ),
    docs AS (
      SELECT c.id, c.name, c.slug, c.city, c.about, c.country, c.gst_state_code, c.is_verified,
             c.created_at,
             coalesce((SELECT string_agg(DISTINCT paths.text, ' ') FROM paths
                       WHERE paths.id = ANY(cats.ids)), '') AS category_text,
             coalesce(pt.text, '') AS product_text,
             coalesce(cats.ids, '{{}}') AS category_path,
             coalesce(certs.ids, '{{}}') AS certifications,
             coalesce(sp.payment_terms, '{{}}') AS payment_terms,
             coalesce(string_to_array(nullif(sp.export_markets, ''), ','), '{{}}') AS markets,
             (CASE WHEN c.is_verified THEN 100 ELSE 0 END + 10 * coalesce(kyc.n, 0)
               + least(coalesce(cardinality(certs.ids), 0), 9)) AS evidence,
             coalesce(plans.priority_rank, (SELECT priority_rank FROM default_plan), 0) AS plan_rank,
             coalesce(plans.slug, (SELECT slug FROM default_plan), '') AS plan_slug,
             {rating_cols},
             coalesce(prods.n, 0) AS product_count, prods.moq_min, prods.pmin, prods.pmax,
             prods.lead_time
      FROM c
      LEFT JOIN {t["profile"]} sp ON sp.company_id = c.id
      LEFT JOIN plans ON plans.company_id = c.id
      LEFT JOIN kyc ON kyc.company_id = c.id
      LEFT JOIN certs ON certs.company_id = c.id
      LEFT JOIN prods ON prods.company_id = c.id
      LEFT JOIN cats ON cats.company_id = c.id
      {rating_join}
      LEFT JOIN LATERAL (
        SELECT string_agg(title, ' ') AS text FROM (
          SELECT p.title FROM {t["product"]} p
          WHERE p.company_id = c.id AND p.status = 'published'
          ORDER BY p.published_at DESC NULLS LAST, p.id DESC LIMIT 50
        ) latest
      ) pt ON true
    )
    INSERT INTO {t["sdoc"]} (
      company_id, name, slug, city, lang, about, category_text, product_text, vector,
      title_vector, category_path, certifications, payment_terms, export_markets, country, state_code,
      is_verified, evidence, plan_rank, plan_slug, rating_avg, rating_count, product_count,
      moq_min, price_min_usd, price_max_usd, lead_time_min, created_at, indexed_at
    )
    SELECT id, name, slug, city, 'en', left(about, 2000), category_text, product_text,
      setweight(to_tsvector('simple', search_unaccent(name)), 'A')
      || setweight(to_tsvector('english', search_unaccent(name)), 'A')
      || setweight(to_tsvector('simple', search_unaccent(category_text))
                   || to_tsvector('english', search_unaccent(category_text)), 'B')
      || setweight(to_tsvector('simple', search_unaccent(product_text))
                   || to_tsvector('english', search_unaccent(product_text)), 'C')
      || setweight(to_tsvector('english', search_unaccent(left(about, 2000))), 'D'),
      setweight(to_tsvector('simple', search_unaccent(name))
                || to_tsvector('english', search_unaccent(name)), 'A'),
      category_path, certifications, payment_terms, markets, country, gst_state_code,
      is_verified, evidence, plan_rank, plan_slug, rating_avg, rating_count,
      product_count, moq_min, round(pmin, 2), round(pmax, 2), lead_time, created_at, now()
    FROM docs
    ON CONFLICT (company_id) DO UPDATE SET
      name = EXCLUDED.name, slug = EXCLUDED.slug, city = EXCLUDED.city, about = EXCLUDED.about,
      category_text = EXCLUDED.category_text, product_text = EXCLUDED.product_text,
      vector = EXCLUDED.vector, title_vector = EXCLUDED.title_vector,
      category_path = EXCLUDED.category_path,
      certifications = EXCLUDED.certifications, payment_terms = EXCLUDED.payment_terms,
      export_markets = EXCLUDED.export_markets, country = EXCLUDED.country,
      state_code = EXCLUDED.state_code, is_verified = EXCLUDED.is_verified,
      evidence = EXCLUDED.evidence, plan_rank = EXCLUDED.plan_rank,
      plan_slug = EXCLUDED.plan_slug, rating_avg = EXCLUDED.rating_avg,
      rating_count = EXCLUDED.rating_count, product_count = EXCLUDED.product_count,
      moq_min = EXCLUDED.moq_min, price_min_usd = EXCLUDED.price_min_usd,
      price_max_usd = EXCLUDED.price_max_usd, lead_time_min = EXCLUDED.lead_time_min,
      indexed_at = EXCLUDED.indexed_at
    WHERE ({current}) IS DISTINCT FROM ({proposed})
    """
    params = {"codes": codes, "rates": rates, "ids": company_ids or []}
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        written = cursor.rowcount
        delete_scope = "AND d.company_id = ANY(%(ids)s)" if company_ids is not None else ""
        cursor.execute(
            f"""DELETE FROM {t["sdoc"]} d WHERE NOT EXISTS (
                  SELECT 1 FROM {t["company"]} c WHERE c.id = d.company_id
                  AND c.kind = 'seller' AND NOT c.is_blocked) {delete_scope}""",
            params,
        )
    return written


def refresh_products(
    product_ids: list[int] | None = None, company_ids: list[int] | None = None
) -> int:
    """Upsert the documents of these products (or of these companies' products; everything
    when both are None) from the product row and its supplier's document."""
    t = _tables()
    if product_ids is not None:
        scope, delete_scope = "AND p.id = ANY(%(ids)s)", "AND d.product_id = ANY(%(ids)s)"
        ids = product_ids
    elif company_ids is not None:
        scope, delete_scope = "AND p.company_id = ANY(%(ids)s)", "AND d.company_id = ANY(%(ids)s)"
        ids = company_ids
    else:
        scope, delete_scope, ids = "", "", []
    codes, rates = _fx()
    config = LANG_CONFIG.format(lang="l.lang")
    sql = f"""
    WITH fx(code, rate) AS (SELECT * FROM unnest(%(codes)s::text[], %(rates)s::numeric[])),
    paths AS MATERIALIZED ({CATEGORY_PATHS.format(**t)})
    INSERT INTO {t["pdoc"]} (
      product_id, company_id, category_id, category_path, lang, title, slug, company_name,
      company_slug, category_name, category_slug, category_text, body, vector, title_vector,
      price_min,
      price_max, currency, price_unit, price_min_usd, price_max_usd, moq, moq_unit,
      lead_time_days, attributes, certifications, payment_terms, country, state_code,
      is_verified, evidence, plan_rank, plan_slug, rating_avg, rating_count, published_at,
      indexed_at
    )
    SELECT p.id, p.company_id, p.category_id, paths.path, l.lang, p.title, p.slug, s.name,
      s.slug, cat.name, cat.slug, paths.text, concat_ws(' ', attr.text, d.text),
      setweight(to_tsvector({config}, search_unaccent(p.title)), 'A')
      || setweight(to_tsvector('simple', search_unaccent(p.title)), 'A')
      || paths.vector
      || setweight(to_tsvector('simple', search_unaccent(concat_ws(' ', attr.text, s.name))), 'C')
      || setweight(to_tsvector({config}, search_unaccent(d.text)), 'D'),
      setweight(to_tsvector({config}, search_unaccent(p.title))
                || to_tsvector('simple', search_unaccent(p.title)), 'A'),
      p.price_min, p.price_max, p.currency, p.price_unit,
      round(p.price_min * fx.rate, 2), round(coalesce(p.price_max, p.price_min) * fx.rate, 2),
      p.moq, p.moq_unit, p.lead_time_days,
      CASE WHEN jsonb_typeof(p.attributes) = 'object' THEN p.attributes ELSE '{{}}' END,
      ARRAY(SELECT DISTINCT x FROM unnest(s.certifications || coalesce(pc.ids, '{{}}')) x ORDER BY x),
      CASE WHEN cardinality(p.payment_terms) > 0 THEN p.payment_terms ELSE s.payment_terms END,
      s.country, s.state_code, s.is_verified, s.evidence, s.plan_rank, s.plan_slug,
      s.rating_avg, s.rating_count, coalesce(p.published_at, p.created_at), now()
    FROM {t["product"]} p
    JOIN {t["sdoc"]} s ON s.company_id = p.company_id
    JOIN {t["category"]} cat ON cat.id = p.category_id
    JOIN paths ON paths.id = p.category_id
    LEFT JOIN fx ON fx.code = p.currency
    CROSS JOIN LATERAL (
      SELECT regexp_replace(left(p.description, 4000), '<[^>]*>', ' ', 'g') AS text
    ) d
    CROSS JOIN LATERAL (
      SELECT string_agg(
        CASE WHEN lower(e.value) IN ('true', 'yes') THEN replace(e.key, '_', ' ')
             WHEN lower(e.value) IN ('false', 'no') THEN NULL
             ELSE e.value END, ' ') AS text
      FROM jsonb_each_text(
        CASE WHEN jsonb_typeof(p.attributes) = 'object' THEN p.attributes ELSE '{{}}' END) e
    ) attr
    CROSS JOIN LATERAL (SELECT search_detect_lang(p.title, d.text) AS lang) l
    LEFT JOIN LATERAL (
      SELECT array_agg(DISTINCT c.cert_type_id) AS ids
      FROM {t["product_certs"]} pcl JOIN {t["cert"]} c ON c.id = pcl.certification_id
      WHERE pcl.product_id = p.id AND c.status = 'approved'
        AND (c.valid_to IS NULL OR c.valid_to >= current_date)
    ) pc ON true
    WHERE p.status = 'published' {scope}
    ON CONFLICT (product_id) DO UPDATE SET
      company_id = EXCLUDED.company_id, category_id = EXCLUDED.category_id,
      category_path = EXCLUDED.category_path, lang = EXCLUDED.lang, title = EXCLUDED.title,
      slug = EXCLUDED.slug, company_name = EXCLUDED.company_name,
      company_slug = EXCLUDED.company_slug, category_name = EXCLUDED.category_name,
      category_slug = EXCLUDED.category_slug, category_text = EXCLUDED.category_text,
      body = EXCLUDED.body, vector = EXCLUDED.vector, title_vector = EXCLUDED.title_vector,
      price_min = EXCLUDED.price_min,
      price_max = EXCLUDED.price_max, currency = EXCLUDED.currency,
      price_unit = EXCLUDED.price_unit, price_min_usd = EXCLUDED.price_min_usd,
      price_max_usd = EXCLUDED.price_max_usd, moq = EXCLUDED.moq, moq_unit = EXCLUDED.moq_unit,
      lead_time_days = EXCLUDED.lead_time_days, attributes = EXCLUDED.attributes,
      certifications = EXCLUDED.certifications, payment_terms = EXCLUDED.payment_terms,
      country = EXCLUDED.country, state_code = EXCLUDED.state_code,
      is_verified = EXCLUDED.is_verified, evidence = EXCLUDED.evidence,
      plan_rank = EXCLUDED.plan_rank, plan_slug = EXCLUDED.plan_slug,
      rating_avg = EXCLUDED.rating_avg, rating_count = EXCLUDED.rating_count,
      published_at = EXCLUDED.published_at, indexed_at = EXCLUDED.indexed_at
    """
    params = {"codes": codes, "rates": rates, "ids": ids}
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        written = cursor.rowcount
        cursor.execute(
            f"""DELETE FROM {t["pdoc"]} d WHERE NOT EXISTS (
                  SELECT 1 FROM {t["product"]} p JOIN {t["sdoc"]} s ON s.company_id = p.company_id
                  WHERE p.id = d.product_id AND p.status = 'published') {delete_scope}""",
            params,
        )
    return written


def delete_orphan_products(company_ids: list[int]) -> int:
    """Product documents of these companies whose supplier is no longer public."""
    t = _tables()
    with connection.cursor() as cursor:
        cursor.execute(
            f"""DELETE FROM {t["pdoc"]} d WHERE d.company_id = ANY(%s) AND NOT EXISTS (
                  SELECT 1 FROM {t["sdoc"]} s WHERE s.company_id = d.company_id)""",
            [company_ids],
        )
        return cursor.rowcount


def propagate_suppliers(company_ids: list[int] | None = None) -> tuple[list[int], list[int]]:
    """Copy supplier-level columns (badge, evidence, plan, rating, location) onto the product
    documents that differ. Returns the companies whose *name* changed (their product vectors
    hold it, so those products need ``refresh_products``) and the companies whose product
    documents were updated here."""
    t = _tables()
    scope = "AND s.company_id = ANY(%(ids)s)" if company_ids is not None else ""
    with connection.cursor() as cursor:
        cursor.execute(
            f"""SELECT DISTINCT d.company_id FROM {t["pdoc"]} d
                JOIN {t["sdoc"]} s ON s.company_id = d.company_id
                WHERE (d.company_name <> s.name OR d.company_slug <> s.slug) {scope}""",
            {"ids": company_ids or []},
        )
        renamed = [row[0] for row in cursor.fetchall()]
        cursor.execute(
            f"""UPDATE {t["pdoc"]} d SET is_verified = s.is_verified, evidence = s.evidence,
                  plan_rank = s.plan_rank, plan_slug = s.plan_slug, rating_avg = s.rating_avg,
                  rating_count = s.rating_count, country = s.country, state_code = s.state_code
                FROM {t["sdoc"]} s WHERE s.company_id = d.company_id {scope}
                  AND (d.is_verified, d.evidence, d.plan_rank, d.plan_slug, d.rating_avg,
                       d.rating_count, d.country, d.state_code)
                  IS DISTINCT FROM (s.is_verified, s.evidence, s.plan_rank, s.plan_slug,
                       s.rating_avg, s.rating_count, s.country, s.state_code)
                RETURNING d.company_id""",
            {"ids": company_ids or []},
        )
        changed = sorted({row[0] for row in cursor.fetchall()})
    return renamed, changed


VOCABULARY_SOURCE = (
    "SELECT to_tsvector('simple', search_unaccent(concat_ws(' ', title, category_text, "
    "company_name))) FROM {pdoc} UNION ALL SELECT to_tsvector('simple', "
    "search_unaccent(name)) FROM {sdoc}"
)


def refresh_terms() -> int:
    """Rebuild the vocabulary (words of 3–60 letters, not only digits) with document counts."""
    t = _tables()
    source = VOCABULARY_SOURCE.format(**t).replace("'", "''")
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM search_term")
        cursor.execute(
            f"""INSERT INTO search_term (term, df)
                SELECT word, ndoc FROM ts_stat('{source}')
                WHERE length(word) BETWEEN 3 AND 60 AND word !~ '^[0-9]+$'"""
        )
        return cursor.rowcount


def add_terms(product_ids: list[int]) -> None:
    """New words of these products join the vocabulary (counts are fixed by refresh_terms)."""
    t = _tables()
    with connection.cursor() as cursor:
        cursor.execute(
            f"""INSERT INTO search_term (term, df)
                SELECT DISTINCT w, 1 FROM {t["pdoc"]} d,
                  unnest(tsvector_to_array(to_tsvector('simple', search_unaccent(
                    concat_ws(' ', d.title, d.category_text, d.company_name))))) w
                WHERE d.product_id = ANY(%s) AND length(w) BETWEEN 3 AND 60
                  AND w !~ '^[0-9]+$'
                ON CONFLICT (term) DO NOTHING""",
            [product_ids],
        )


def product_ids_of_companies(company_ids: list[int]) -> list[int]:
    t = _tables()
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT id FROM {t['product']} WHERE company_id = ANY(%s) ORDER BY id", [company_ids]
        )
        return [row[0] for row in cursor.fetchall()]


def analyze_sources() -> None:
    """Fresh planner statistics after bulk loads (COPY leaves none): without them the
    aggregates above are planned as nested loops."""
    t = _tables()
    with connection.cursor() as cursor:
        for key in ("product", "category", "company", "profile", "kyc", "cert", "subscription"):
            cursor.execute(f"ANALYZE {t[key]}")


def all_ids(table_key: str) -> list[int]:
    t = _tables()
    column = "product_id" if table_key == "pdoc" else "company_id"
    source = {"product": "id", "company": "id"}.get(table_key, column)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {source} FROM {t[table_key]} ORDER BY 1")
        return [row[0] for row in cursor.fetchall()]
