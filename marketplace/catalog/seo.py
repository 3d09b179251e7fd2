"""schema.org JSON-LD for catalog pages: Product with an AggregateOffer, Organization for
suppliers, BreadcrumbList. Rendered by the site-wide ``{% structured_data %}`` tag."""

from __future__ import annotations

from django.urls import reverse
from django.utils.html import strip_tags

from marketplace.companies.models import Company
from tradesetu.images import rendition_set

from .models import Category, Product

SCHEMA = "https://schema.org"


def breadcrumb_list(
    request, categories: list[Category], last: tuple[str, str] | None = None
) -> dict:
    items = [("TradeSetu", "/")]
    items += [
        (c.display_name, reverse("catalog:category", kwargs={"slug": c.slug})) for c in categories
    ]
    if last:
        items.append(last)
    return {
        "@context": SCHEMA,
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": n,
                "name": name,
                "item": request.build_absolute_uri(url),
            }
            for n, (name, url) in enumerate(items, start=1)
        ],
    }


def organization_document(request, company: Company) -> dict:
    data = {
        "@context": SCHEMA,
        "@type": "Organization",
        "name": company.name,
        "url": request.build_absolute_uri(
            reverse("companies:supplier", kwargs={"slug": company.slug})
        ),
        "address": {
            "@type": "PostalAddress",
            "addressLocality": company.city,
            "addressRegion": company.state_name,
            "addressCountry": company.country.code,
        },
    }
    if company.about:
        data["description"] = company.about[:500]
    if company.year_founded:
        data["foundingDate"] = str(company.year_founded)
    if company.website:
        data["sameAs"] = [company.website]
    return data


def product_document(request, product: Product) -> dict:
    url = request.build_absolute_uri(reverse("catalog:product", kwargs={"slug": product.slug}))
    data = {
        "@context": SCHEMA,
        "@type": "Product",
        "name": product.title,
        "url": url,
        "description": strip_tags(product.description)[:500] or product.title,
        "category": product.category.display_name,
        "brand": {"@type": "Brand", "name": product.company.name},
        "manufacturer": organization_document(request, product.company),
    }
    if product.sku:
        data["sku"] = product.sku
    images = [
        request.build_absolute_uri(
            image.image.get_rendition(rendition_set("product-schema").filters[0]).url
        )
        for image in product.images.all()[:3]
    ]
    if images:
        data["image"] = images
    if product.price_min or product.price_max:
        low = product.price_min or product.price_max
        high = product.price_max or product.price_min
        data["offers"] = {
            "@type": "AggregateOffer",
            "priceCurrency": product.currency,
            "lowPrice": str(low),
            "highPrice": str(high),
            "offerCount": 1,
            "availability": "https://schema.org/InStock",
            "url": url,
            "seller": {"@type": "Organization", "name": product.company.name},
            "eligibleQuantity": {
                "@type": "QuantitativeValue",
                "minValue": str(product.moq),
                "unitText": product.moq_unit,
            },
        }
    return data
